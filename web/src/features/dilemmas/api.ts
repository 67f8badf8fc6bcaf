// Calls and types of the dilemmas API (/api/v1/dilemmas, organisation/dilemmas,
// teams/{id}/dilemma-proposals, dilemma-rounds): see /docs/api/paths/dilemmas.json.
import { api } from '../../api/client';

export type Perspective = 'bewoner' | 'professional' | 'partner' | 'gemeente';
export const PERSPECTIVES: readonly Perspective[] = ['bewoner', 'professional', 'partner', 'gemeente'];
/** The breadth of the library, in order (server: domain::dilemmaTopics()). */
export const TOPICS = ['integraal', 'eigen-kracht', 'helpen-en-indiceren', 'partners', 'gemeente', 'veiligheid', 'administratie', 'team'] as const;

export interface DilemmaSide {
  choice: string;
  cost: string;
  values: string[];
}
/** A dilemma as it goes in (an edit, an own one, a proposal). */
export interface DilemmaInput {
  topic: string;
  title: string;
  tension: string;
  a: DilemmaSide;
  b: DilemmaSide;
  perspectives: { who: string; stake: string }[];
  domains: string[];
  rules: string[];
  themes: string[];
  examples: string[];
  questions: string[];
}
export interface Dilemma extends DilemmaInput {
  key: string;
  source: 'starter' | 'organisation' | 'team';
  teamId?: number;
  /** Admin lists only. */
  retired?: boolean;
  /** The organisation changed a starter dilemma. */
  edited?: boolean;
}

export type ProposalStatus = 'open' | 'accepted' | 'rejected';
export interface Proposal {
  id: number;
  teamId: number;
  status: ProposalStatus;
  dilemma: DilemmaInput;
  note: string;
  proposedBy?: { id: number; name: string };
  createdAt: string;
  decidedAt: string | null;
  reason: string | null;
  key: string | null;
}

export type Current = 'ja' | 'soms' | 'nee';
export const CURRENT: readonly Current[] = ['ja', 'soms', 'nee'];
export interface Round {
  id: number;
  teamId: number;
  status: 'open' | 'closed';
  openedAt: string;
  closesAt: string | null;
  closedAt: string | null;
  minVoters: number;
  voterCount: number;
  liveSessionId: number | null;
}
export interface Vote {
  dilemmaKey: string;
  recognisable: number;
  current: Current;
}
export interface RoundDetail extends Round {
  dilemmas: { key: string; title: string; tension: string }[];
  myVotes: Vote[];
}
export interface RankingEntry {
  dilemmaKey: string;
  title: string;
  rank: number;
  previousRank: number | null;
  change: number | null;
  votes: number;
  /** How many gave 1, 2, 3, 4 and 5. */
  recognisable: number[];
  recognisableMean: number;
  current: Record<Current, number>;
  score: number;
}
export interface Results {
  round: Round;
  visible: boolean;
  voterCount: number;
  minVoters: number;
  ranking: RankingEntry[];
}
export interface OrgRanking {
  visible: boolean;
  teams: number;
  ranking?: RankingEntry[];
  /** The caller is one of the association's analysts (sees the national ranking). */
  analyst?: boolean;
}
/** The file for the association: counts of starter dilemmas only. */
export interface RankingFile {
  kind: 'vakkompas-dilemma-ranking';
  version: 1;
  source: string;
  period: string;
  teams: number;
  ranking: { dilemmaKey: string; votes: number; recognisable: number[]; current: { ja: number; soms: number; nee: number } }[];
}
export interface NationalRanking {
  visible: boolean;
  organisations: number;
  sources?: string[];
  ranking?: RankingEntry[];
}

const k = (key: string) => encodeURIComponent(key);
const team = (teamId?: number) => (teamId ? `?teamId=${teamId}` : '');

export const dilemmasApi = {
  library: async (teamId?: number) => (await api.get<{ items: Dilemma[] }>(`/dilemmas${team(teamId)}`)).items,
  one: (key: string, teamId?: number) => api.get<Dilemma>(`/dilemmas/${k(key)}${team(teamId)}`),
  cardsUrl: (teamId?: number) => `/api/v1/dilemmas/cards.pdf${team(teamId)}`,
  orgLibrary: async () => (await api.get<{ items: Dilemma[] }>('/organisation/dilemmas')).items,
  add: (d: DilemmaInput, privacyConfirmed: boolean) =>
    api.post<Dilemma>('/organisation/dilemmas', { ...d, ...(privacyConfirmed ? { privacyConfirmed: true } : {}) }),
  edit: (key: string, d: DilemmaInput, privacyConfirmed: boolean) =>
    api.put<Dilemma>(`/organisation/dilemmas/${k(key)}`, { ...d, ...(privacyConfirmed ? { privacyConfirmed: true } : {}) }),
  setRetired: (key: string, retired: boolean) => api.put<Dilemma>(`/organisation/dilemmas/${k(key)}/retired`, { retired }),
  propose: (teamId: number, d: DilemmaInput, note: string, privacyConfirmed: boolean) =>
    api.post<Proposal>(`/teams/${teamId}/dilemma-proposals`, { ...d, ...(note ? { note } : {}), ...(privacyConfirmed ? { privacyConfirmed: true } : {}) }),
  proposals: async (teamId: number) => (await api.get<{ items: Proposal[] }>(`/teams/${teamId}/dilemma-proposals`)).items,
  decide: (proposalId: number, accept: boolean, reason: string, privacyConfirmed = false) =>
    api.post<Proposal>(`/dilemma-proposals/${proposalId}/decision`, { accept, ...(reason ? { reason } : {}), ...(privacyConfirmed ? { privacyConfirmed: true } : {}) }),
  rounds: async (teamId: number) => (await api.get<{ items: Round[] }>(`/teams/${teamId}/dilemma-rounds`)).items,
  openRound: (teamId: number, body: { minVoters?: number; closesAt?: string }) => api.post<Round>(`/teams/${teamId}/dilemma-rounds`, body),
  round: (roundId: number) => api.get<RoundDetail>(`/dilemma-rounds/${roundId}`),
  vote: (roundId: number, votes: Vote[]) => api.put<unknown>(`/dilemma-rounds/${roundId}/votes`, { votes }),
  close: (roundId: number) => api.post<Round>(`/dilemma-rounds/${roundId}/close`, {}),
  results: (roundId: number) => api.get<Results>(`/dilemma-rounds/${roundId}/results`),
  orgRanking: () => api.get<OrgRanking>('/organisation/dilemma-ranking'),
  exportRanking: () => api.get<RankingFile>('/organisation/dilemma-ranking/export'),
  importRanking: (file: unknown) =>
    api.post<{ imported: number; source: string; period: string }>('/national-dilemma-rankings', file),
  nationalRanking: () => api.get<NationalRanking>('/national-dilemma-ranking'),
};
