// Calls and types of the craft API (/api/v1/craft-picture, craft-core, teams/{id}/craft-…,
// organisation/craft…, national-craft): see /docs/api/paths/craft.json.
import { api } from '../../api/client';

export interface Statement { key: string; text: string; edited: boolean }
export interface Theme { key: string; title: string; intro: string; statements: Statement[] }
export interface Picture { intro: string; themes: Theme[] }

export type Recognition = 'herken' | 'anders';
export interface Answer { statementKey: string; recognition: Recognition | null; current: boolean }
export interface Line { themeKey: string; text: string; shared: boolean }
export interface MyPicture { answers: Answer[]; lines: Line[] }

export interface StatementCounts { key: string; text: string; herken: number; anders: number; current: number; answered: number }
export interface ThemeCounts {
  key: string;
  title: string;
  recognised: number;
  differs: number;
  current: number;
  statements: StatementCounts[];
  lines?: string[];
  words?: { word: string; count: number }[];
}
export interface TeamPicture { responders: number; minResponders: number; visible: boolean; themes?: ThemeCounts[] }
export interface Difference {
  statementKey: string; themeKey: string; themeTitle: string; text: string;
  herken: number; anders: number; current: number; answered: number; spread: number;
}
export interface Differences { responders: number; minResponders: number; visible: boolean; items?: Difference[] }
export interface OrgPicture { teams: number; minTeamResponders: number; visible: boolean; themes?: ThemeCounts[] }

export interface CorePart { key: string; title: string; text: string; questions: string[] }
export interface Core { intro: string; parts: CorePart[] }
export type Fit = 'past' | 'mist' | 'anders';
export const FITS: readonly Fit[] = ['past', 'mist', 'anders'];
export type Share = 'prive' | 'team' | 'landelijk';
export const SHARES: readonly Share[] = ['prive', 'team', 'landelijk'];
export interface CoreResponse { partKey: string; fit: Fit; text: string; share: Share }
export interface PartCounts { key: string; title: string; past: number; mist: number; anders: number; texts: string[] }
export interface TeamCore { responders: number; minResponders: number; visible: boolean; parts?: PartCounts[] }
export interface OrgCore { teams: number; minTeamResponders: number; visible: boolean; parts?: PartCounts[] }
export interface NationalCraft {
  visible: boolean; organisations: number; minOrganisations: number;
  sources?: string[]; themes?: ThemeCounts[]; parts?: PartCounts[];
}

const confirmed = (c: boolean) => (c ? { privacyConfirmed: true } : {});

export const craftApi = {
  picture: () => api.get<Picture>('/craft-picture'),
  editTheme: (themeKey: string, body: { intro: string; statements: { key?: string; text: string }[] }, privacyConfirmed: boolean) =>
    api.put<Theme>(`/organisation/craft-picture/themes/${encodeURIComponent(themeKey)}`, { ...body, ...confirmed(privacyConfirmed) }),
  mine: (teamId: number) => api.get<MyPicture>(`/teams/${teamId}/craft-picture/me`),
  saveMine: (teamId: number, body: MyPicture, privacyConfirmed: boolean) =>
    api.put<MyPicture>(`/teams/${teamId}/craft-picture/me`, { ...body, ...confirmed(privacyConfirmed) }),
  team: (teamId: number) => api.get<TeamPicture>(`/teams/${teamId}/craft-picture`),
  differences: (teamId: number) => api.get<Differences>(`/teams/${teamId}/craft-picture/differences`),
  organisation: () => api.get<OrgPicture>('/organisation/craft-picture'),
  core: () => api.get<Core>('/craft-core'),
  myCore: (teamId: number) => api.get<{ responses: CoreResponse[] }>(`/teams/${teamId}/craft-core/me`),
  saveMyCore: (teamId: number, responses: CoreResponse[], privacyConfirmed: boolean) =>
    api.put<{ responses: CoreResponse[] }>(`/teams/${teamId}/craft-core/me`, { responses, ...confirmed(privacyConfirmed) }),
  teamCore: (teamId: number) => api.get<TeamCore>(`/teams/${teamId}/craft-core`),
  orgCore: () => api.get<OrgCore>('/organisation/craft-core'),
  exportFile: () => api.get<unknown>('/organisation/craft/export'),
  importFile: (file: unknown) =>
    api.post<{ imported: number; textsLeftOut: number; source: string; period: string }>('/national-craft', file),
  national: () => api.get<NationalCraft>('/national-craft'),
};
