// Calls and types of the knowledge map API (/api/v1/knowledge, /me/profile, /teams/{id}/…).
import { api } from '../../api/client';

export type Level = 'geen' | 'leerling' | 'gezel' | 'meester';
export const LEVELS: readonly Level[] = ['geen', 'leerling', 'gezel', 'meester'];

export interface Aspect {
  id: string;
  domainId: string;
  name: string;
  kind: string;
  description: string;
  local: boolean;
  retired: boolean;
  /** The organisation's own words and synonyms for it (recognition of help questions). */
  terms: string[];
  sources: { id: number; kind: string; title: string; url: string }[];
}
export interface Catalogue {
  competences: { id: string; name: string; description: string }[];
  domains: { id: string; name: string; description: string; aspects: Aspect[] }[];
  groups: { id: string; name: string; description: string }[];
}
export interface ProfileItem {
  id: string;
  level: Level;
  wantsToLearn: boolean;
}
export interface Scored {
  id: string;
  /** Absent for a reopened question and for what a member added. */
  score?: number;
}
export interface Advice {
  id: number;
  /** Only when a question is reopened: its text (null once expired), when it was asked, and whether the asker confirmed the recognition. */
  text?: string | null;
  createdAt?: string;
  confirmed?: boolean;
  recognised: { domains: Scored[]; aspects: Scored[]; groups: Scored[] };
  needed: { id: string; name: string; domainId: string; myLevel: Level; covered: boolean; colleagues: { userId: number; name: string; level: Level }[] }[];
  /** none: nothing recognised; colleagues: no single duo partner, but colleagues together cover it; expired: a reopened question whose text is gone (no advice). */
  advice: 'self' | 'duo' | 'colleagues' | 'specialist' | 'none' | 'expired';
  duo: { userId: number; name: string; discipline: string; experience: string; coveredTogether: number; adds: string[]; mentoring: boolean }[];
  /** Colleagues who together cover what the asker misses (advice colleagues or specialist), with what each brings. */
  together: { userId: number; name: string; discipline: string; aspects: string[] }[];
  uncovered: string[];
  /** External partners for what nobody covers: kept for that aspect, or for another aspect of its life domain. */
  external: { id: number; aspectId: string; organisation: string; role: string; forAspect: string; match: 'aspect' | 'domain' }[];
}
export interface Tags {
  domains: string[];
  aspects: string[];
  groups: string[];
}
export interface MyQuestion {
  id: number;
  teamId: number;
  teamName: string;
  /** null once the text has expired; then only the confirmed tags are kept. */
  text: string | null;
  createdAt: string;
  confirmed: boolean;
  tags: { kind: 'domain' | 'aspect' | 'group'; id: string; name: string }[];
}
// The compact team map (ADR 0008): a level is one digit, its number in `levelCodes`, and
// `hiddenCode` is meester as hidden expertise (outside the member's own life domains); an aspect's
// `levels` holds one digit per member in the order of `members`; a member's discipline is an index
// in `disciplines`, their `covered`/`top` go per life domain in the order of `domains`.
export interface TeamMap {
  levelCodes: Level[];
  hiddenCode: string;
  domains: string[];
  disciplines: string[];
  competencesTotal: number;
  members: { userId: number; name: string; discipline: number; tShape: { competences: number; covered: number[]; top: string } }[];
  aspects: { id: string; name: string; domainId: string; levels: string; covered: number; learners: number; wishes: number; nobody: boolean; single: boolean; demand: number }[];
  days: number;
}

// The level of one cell of the compact map ('geen' for a digit out of range).
export const mapLevel = (map: TeamMap, digit: string): Level =>
  digit === map.hiddenCode ? 'meester' : (map.levelCodes[digit.charCodeAt(0) - 48] ?? 'geen');

// Hidden expertise: who is meester in which aspect outside their own life domains, by aspect.
export const hiddenExpertise = (map: TeamMap) =>
  map.aspects.flatMap((aspect) => Array.from(aspect.levels).flatMap((digit, i) => (digit === map.hiddenCode ? [{ member: map.members[i], aspect }] : [])));
export interface PlanItem {
  id: number;
  aspectId: string;
  aspectName: string;
  domainId: string;
  priority: number;
  mentorId: number | null;
  mentorName: string;
  targetLevel: Level;
  targetDate: string;
  note: string;
  learners: { userId: number; name: string; level: Level; reached: boolean }[];
  progress: number;
}
export interface Plan {
  exists: boolean;
  createdAt: string | null;
  items: PlanItem[];
  /** The team lead, the supervisor and admins generate and edit the plan; members read it. */
  canEdit?: boolean;
}

export const fetchCatalogue = () => api.get<Catalogue>('/knowledge/catalogue');
export const fetchProfile = async () => (await api.get<{ items: ProfileItem[] }>('/me/profile')).items;
export const saveProfile = async (items: ProfileItem[]) => (await api.put<{ items: ProfileItem[] }>('/me/profile', { items })).items;
export const askHelpQuestion = (teamId: number, text: string, privacyConfirmed: boolean) =>
  api.post<Advice>(`/teams/${teamId}/help-questions`, { text, privacyConfirmed });
export const confirmTags = (teamId: number, questionId: number, tags: Tags) =>
  api.put<void>(`/teams/${teamId}/help-questions/${questionId}/tags`, tags);
export const fetchQuestion = (teamId: number, questionId: number) => api.get<Advice>(`/teams/${teamId}/help-questions/${questionId}`);
export const fetchMyQuestions = async () => (await api.get<{ items: MyQuestion[] }>('/me/help-questions')).items;
export const fetchTeamMap = (teamId: number, domain: string, days: number) =>
  api.get<TeamMap>(`/teams/${teamId}/map?days=${days}${domain ? `&domain=${encodeURIComponent(domain)}` : ''}`);
export const fetchPlan = (teamId: number) => api.get<Plan>(`/teams/${teamId}/training-plan`);
export const generatePlan = (teamId: number) => api.post<Plan>(`/teams/${teamId}/training-plan`, {});
export const patchPlanItem = (teamId: number, itemId: number, body: Partial<{ targetLevel: Level; targetDate: string; note: string; mentorId: number | null; privacyConfirmed: true }>) =>
  api.patch<Plan>(`/teams/${teamId}/training-plan/items/${itemId}`, body);
export interface Partner {
  id: number;
  aspectId: string;
  organisation: string;
  role: string;
}
export const fetchPartners = async (teamId: number) => (await api.get<{ items: Partner[] }>(`/teams/${teamId}/partners`)).items;
export const addPartner = (teamId: number, body: { aspectId: string; organisation: string; role: string; privacyConfirmed?: true }) =>
  api.post<Partner>(`/teams/${teamId}/partners`, body);
export const removePartner = (teamId: number, id: number) => api.delete(`/teams/${teamId}/partners/${id}`);
export const addAspect = (body: { domainId: string; name: string; kind: string; description: string; terms: string[] }) => api.post<Aspect>('/knowledge/aspects', body);
export const patchAspect = (id: string, body: Partial<{ name: string; description: string; retired: boolean; terms: string[] }>) =>
  api.patch<Aspect>(`/knowledge/aspects/${encodeURIComponent(id)}`, body);
export const addSource = (id: string, body: { kind: string; title: string; url: string }) =>
  api.post<unknown>(`/knowledge/aspects/${encodeURIComponent(id)}/sources`, body);
export const exportUrl = (teamId: number, format: 'xlsx' | 'pdf') => `/api/v1/teams/${teamId}/training-plan/export?format=${format}`;
/** Words typed by an admin ("stadspas, meedoenregeling") as a list: split at commas, semicolons and new lines. */
export const splitTerms = (text: string) => [...new Set(text.split(/[,;\n]/).map((w) => w.trim()).filter(Boolean))];

// A member's T-shape depth per life domain, read from the compact map: the domains they reach at all.
export const memberDomains = (map: TeamMap, m: TeamMap['members'][number]): { domainId: string; covered: number; top: Level }[] =>
  map.domains.map((domainId, i) => ({ domainId, covered: m.tShape.covered[i] ?? 0, top: mapLevel(map, m.tShape.top[i] ?? '0') })).filter((d) => d.top !== 'geen');
