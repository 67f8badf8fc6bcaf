import { api } from '../../api/client';
import type { Block } from './liveState';

export interface GuidelineItem {
  key: string;
  name: string;
  description: string;
}
export interface Guideline {
  title: string;
  intro: string;
  rules: GuidelineItem[];
  parts: GuidelineItem[];
  custom?: boolean;
}
export interface LiveTemplate {
  id: number;
  name: string;
  blocks: Block[];
  createdByName: string;
  createdAt: string;
  canDelete: boolean;
}
export interface Contribution {
  seq: number;
  kind: 'thought' | 'sentence';
  text: string;
  at: string;
  toThreads: boolean;
  anonymous: boolean;
  /** A thought placed in a rule x part cell of the guideline (part `guideline`). */
  placed?: { ruleKey: string; partKey: string } | null;
  /** It joined the team's guideline matrix with its author's consent. */
  toGuideline?: boolean;
}
export interface TeamSong {
  items: string[];
  sessions: { id: number; title: string; createdAt: string; verses: string[] }[];
  songUrl: string;
}
export interface LiveSessionSummary {
  id: number;
  teamId: number;
  teamName: string;
  title: string;
  programme: Block[];
  createdAt: string;
  lastSeq: number;
  endedAt?: string | null;
  joinCode?: string;
  joinUrl?: string;
  facilitator?: boolean;
}
export type Perspective = 'bewoner' | 'professional' | 'partner' | 'gemeente';
export const PERSPECTIVES: Perspective[] = ['bewoner', 'professional', 'partner', 'gemeente'];
/** The what-works conversation's record: where it started and the dilemma of step 3. */
export interface ConversationFields {
  startKind: '' | 'dilemma' | 'case';
  startKey: string;
  caseText: string;
  tension: string;
  choiceA: string;
  costA: string;
  choiceB: string;
  costB: string;
  libraryKey: string;
}
export interface Agreement {
  id: number;
  teamId: number;
  sessionId: number;
  sessionTitle: string;
  what: string;
  who: string;
  lookBackOn: string;
  done: boolean;
  /** Open, and the look-back date has come or is within 7 days. */
  due: boolean;
  createdAt: string;
}
export interface Conversation extends ConversationFields {
  sessionId: number;
  teamId: number;
  domains: string[];
  updatedAt: string | null;
  agreements: Agreement[];
}
export interface ProgrammeChoice {
  key: string;
  name: string;
  description: string;
  blocks: Block[];
}
/** A dilemma of the team's library (dilemmas API), as far as the conversation uses it. */
export interface LibraryDilemma {
  key: string;
  title: string;
  tension: string;
  domains?: string[];
  a?: { choice: string; cost: string };
  b?: { choice: string; cost: string };
}
export const CONVERSATION_KINDS = ['choose', 'case', 'dilemma', 'perspectives', 'whatworks', 'agreements', 'report'];
export const isConversation = (blocks: Block[]) => blocks.some((b) => CONVERSATION_KINDS.includes(b.kind));

export interface LiveReport {
  session: { id: number; title: string; teamName: string; createdAt: string; endedAt?: string | null };
  final?: boolean;
  rules: Guideline['rules'];
  parts: Guideline['parts'];
  cells: { rule: string; part: string; thoughts: string[] }[];
  unplaced: string[];
  /** The facilitator's groups, in the order their first thought came in. */
  groups?: { name: string; thoughts: string[] }[];
  sentences: string[];
  verses: string[];
  conversation: (Conversation & {
    questions: string[];
    perspectives: { who: Perspective | ''; thoughts: string[] }[];
    whatWorks: string[];
  }) | null;
}

export const liveApi = {
  guideline: () => api.get<Guideline>('/live/guideline'),
  programme: () => api.get<{ blocks: Block[]; programmes?: ProgrammeChoice[] }>('/live/programme'),
  conversation: (id: number) => api.get<Conversation>(`/live/sessions/${id}/conversation`),
  setConversation: (id: number, fields: ConversationFields & { privacyConfirmed?: true }) =>
    api.put<Conversation>(`/live/sessions/${id}/conversation`, fields),
  addAgreement: (id: number, body: { what: string; who: string; lookBackOn: string; privacyConfirmed?: true }) =>
    api.post<Agreement>(`/live/sessions/${id}/agreements`, body),
  teamAgreements: (teamId: number) => api.get<{ items: Agreement[]; due: number }>(`/teams/${teamId}/agreements`),
  setAgreementDone: (agreementId: number, done: boolean) => api.put<Agreement>(`/agreements/${agreementId}`, { done }),
  /** The team's library (the dilemmas API); the conversation starts from it or links to it. */
  library: (teamId: number) => api.get<{ items: LibraryDilemma[] }>(`/dilemmas?teamId=${teamId}`),
  propose: (teamId: number, body: Record<string, unknown>) => api.post<unknown>(`/teams/${teamId}/dilemma-proposals`, body),
  sessions: (teamId: number) => api.get<{ items: LiveSessionSummary[] }>(`/teams/${teamId}/live-sessions`),
  start: (teamId: number, title: string, blocks: Block[]) =>
    api.post<LiveSessionSummary>(`/teams/${teamId}/live-sessions`, { title, blocks }),
  session: (id: number) => api.get<LiveSessionSummary>(`/live/sessions/${id}`),
  /** Close the session on the server (its facilitators); the socket brings the end event. */
  end: (id: number) => api.post<LiveSessionSummary>(`/live/sessions/${id}/end`, {}),
  report: (id: number) => api.get<LiveReport>(`/live/sessions/${id}/report`),
  templates: () => api.get<{ items: LiveTemplate[] }>('/live/templates'),
  saveTemplate: (name: string, blocks: Block[]) => api.post<LiveTemplate>('/live/templates', { name, blocks }),
  deleteTemplate: (id: number) => api.delete(`/live/templates/${id}`),
  settings: () => api.get<{ songUrl: string }>('/live/settings'),
  setSongUrl: (songUrl: string) => api.put<{ songUrl: string }>('/live/settings', { songUrl }),
  saveGuideline: (rules: GuidelineItem[], parts: GuidelineItem[]) => api.put<Guideline>('/live/guideline', { rules, parts }),
  resetGuideline: () => api.delete<Guideline>('/live/guideline'),
  teamSong: (teamId: number) => api.get<TeamSong>(`/teams/${teamId}/verses`),
  contributions: (id: number) => api.get<{ items: Contribution[] }>(`/live/sessions/${id}/contributions`),
  setConsent: (id: number, seq: number, toThreads: boolean, toGuideline?: boolean) =>
    api.put<Contribution>(`/live/sessions/${id}/contributions/${seq}`, { toThreads, ...(toGuideline === undefined ? {} : { toGuideline }) }),
  join: (code: string, name: string) =>
    api.post<{ sessionId: number; guestToken: string; name: string }>('/live/guests', { code, name }),
};

// A guest's place in a session, kept on the phone (localStorage, so it survives a closed
// tab) until the guest token runs out (12 hours, or the session's end: then the socket
// refuses it and the page says so).
const GUEST_KEY = 'vk-live-guest';
const GUEST_HOURS = 12;
export interface StoredGuest {
  sessionId: number;
  token: string;
  name: string;
  code: string;
  expiresAt: number; // epoch ms
}

function readGuest(key: string): StoredGuest | null {
  try {
    const g = JSON.parse(localStorage.getItem(key) ?? 'null') as StoredGuest | null;
    if (!g || typeof g.token !== 'string' || g.expiresAt < Date.now()) return null;
    return g;
  } catch {
    return null;
  }
}

export function saveGuest(sessionId: number, token: string, name = '', code = '') {
  const g: StoredGuest = { sessionId, token, name, code: code.trim().toUpperCase(), expiresAt: Date.now() + GUEST_HOURS * 3600_000 };
  localStorage.setItem(`${GUEST_KEY}-${sessionId}`, JSON.stringify(g));
}
export function storedGuest(sessionId: number): StoredGuest | null {
  return readGuest(`${GUEST_KEY}-${sessionId}`);
}
export function guestToken(sessionId: number): string | null {
  return storedGuest(sessionId)?.token ?? null;
}
/** The guest this phone was in the session with that code (the join link opened again). */
export function guestByCode(code: string): StoredGuest | null {
  const wanted = code.trim().toUpperCase();
  if (!wanted) return null;
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (!key?.startsWith(`${GUEST_KEY}-`)) continue;
    const g = readGuest(key);
    if (g && g.code === wanted) return g;
  }
  return null;
}
export function forgetGuest(sessionId: number) {
  localStorage.removeItem(`${GUEST_KEY}-${sessionId}`);
}

// Whether this tab already took part (sessionStorage lives as long as the tab): a guest who
// comes back in a new tab first sees "Je was even weg — opnieuw meedoen".
const HERE_KEY = 'vk-live-here';
export function isHereInThisTab(sessionId: number): boolean {
  return sessionStorage.getItem(`${HERE_KEY}-${sessionId}`) === '1';
}
export function markHereInThisTab(sessionId: number) {
  sessionStorage.setItem(`${HERE_KEY}-${sessionId}`, '1');
}
