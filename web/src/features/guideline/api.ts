// Calls and types of the guideline API (teams/{id}/guideline, guideline-examples,
// organisation/guideline, national-guideline): see /docs/api/paths/guideline.json.
import { api } from '../../api/client';

export type Source = 'lid' | 'sessie';
export interface Rule { key: string; name: string; description: string }
export interface Part { key: string; name: string }
export interface CellExample { id: number; text: string; source: Source; mine: boolean }
export interface Cell { ruleKey: string; partKey: string; count: number; examples: CellExample[]; question: string | null }
export interface Loadings { ruleKey: string; count: number; lines: string[] }
export interface Matrix { rules: Rule[]; parts: Part[]; contributors: number; cells: Cell[]; loadings: Loadings[] }
export interface MyExample {
  id: number; teamId: number; ruleKey: string; partKey: string; text: string; shared: boolean; source: Source;
  createdAt: string; updatedAt: string;
}
export interface MyLoading { ruleKey: string; text: string; shared: boolean; updatedAt: string | null }
export interface Mine { examples: MyExample[]; loadings: MyLoading[] }
export interface CellCount { ruleKey: string; partKey: string; count: number }
export interface AcrossTeams { teams: number; visible: boolean; minContributors: number; cells?: CellCount[] }
export interface NationalView { visible: boolean; organisations: number; minOrganisations: number; sources?: string[]; cells?: CellCount[] }
/** The partners' view (part `partners`); absent until that part is there. */
export interface PartnerView { visible: boolean; answerCount: number; roundId?: number; rules?: { ruleKey: string; herken: number; soms: number; niet: number }[] }

const confirm = (c: boolean) => (c ? { privacyConfirmed: true } : {});

export const guidelineApi = {
  matrix: (teamId: number) => api.get<Matrix>(`/teams/${teamId}/guideline`),
  mine: (teamId: number) => api.get<Mine>(`/teams/${teamId}/guideline/mine`),
  add: (teamId: number, b: { ruleKey: string; partKey: string; text: string; shared: boolean }, confirmed: boolean) =>
    api.post<MyExample>(`/teams/${teamId}/guideline/examples`, { ...b, ...confirm(confirmed) }),
  change: (id: number, b: { text?: string; shared?: boolean }, confirmed = false) =>
    api.put<MyExample>(`/guideline-examples/${id}`, { ...b, ...confirm(confirmed) }),
  remove: (id: number) => api.delete(`/guideline-examples/${id}`),
  setLoading: (teamId: number, ruleKey: string, text: string, shared: boolean, confirmed: boolean) =>
    api.put<MyLoading>(`/teams/${teamId}/guideline/loadings/${encodeURIComponent(ruleKey)}`, { text, shared, ...confirm(confirmed) }),
  organisation: () => api.get<AcrossTeams>('/organisation/guideline'),
  exportFile: () => api.get<unknown>('/organisation/guideline/export'),
  importFile: (file: unknown) => api.post<{ imported: number; source: string; period: string }>('/national-guidelines', file),
  national: () => api.get<NationalView>('/national-guideline'),
  /** null when the partners part is not there (404) or has nothing for the team. */
  partnerView: async (teamId: number): Promise<PartnerView | null> => {
    try {
      return await api.get<PartnerView>(`/teams/${teamId}/partner-view`);
    } catch {
      return null;
    }
  },
};
