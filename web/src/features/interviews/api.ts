// Calls and types of the interviews API (/api/v1/interviews, card-decks, threads, zodatjes).
import { api } from '../../api/client';

export interface Card {
  id: number;
  group: string;
  groupTitle: string;
  title: string;
  quote: string;
  questions: string[];
  prompts: string[];
}
export interface Deck {
  id: number;
  name: string;
  starter: boolean;
  cardCount?: number;
  cards?: Card[];
}
export type Purpose = 'collegial' | 'onboarding' | 'teamday' | 'audit';
export const PURPOSES: readonly Purpose[] = ['collegial', 'onboarding', 'teamday', 'audit'];
export interface Fragment {
  id: number;
  teamId: number;
  text: string;
  anonymous: boolean;
  themes: string[];
  subthemes: number[];
  themesConfirmed: boolean;
  sharedAt: string;
  period: string;
  source: string;
  authorName?: string;
  /** The author, or the team lead the author gave consent, may change the themes. */
  canChangeThemes?: boolean;
  leadMayChangeThemes?: boolean;
}
export interface InterviewSummary {
  id: number;
  purpose: Purpose;
  teamId: number | null;
  teamName: string;
  interviewerId: number | null;
  interviewerName: string;
  intervieweeId: number;
  intervieweeName: string;
  myRole: 'interviewer' | 'interviewee';
  deckId: number | null;
  parentId: number | null;
  createdAt: string;
  completedAt: string | null;
}
export interface Interview extends InterviewSummary {
  cards: Card[];
  notes: { cardId: number; text: string; updatedAt: string }[];
  sharedFragments: Fragment[];
}
export interface Word {
  word: string;
  count: number;
  score: number;
}
export interface ThemeCloud {
  theme: string;
  title: string;
  fragmentCount: number;
  peopleCount?: number;
  organisationCount?: number;
  words: Word[];
  examples?: { fragment: string; period: string }[];
}
export interface TeamThreads {
  themes: ThemeCloud[];
  fragments: Fragment[];
  timeline: { period: string; counts: Record<string, number> }[];
}
export interface Chain {
  people: { id: number; name: string }[];
  links: { id: number; from: number | null; to: number; purpose: Purpose; date: string; completed: boolean; parentId: number | null }[];
}
export interface Subtheme {
  id: number;
  title: string;
  description: string;
  keywords: string[];
  retired: boolean;
  confirmedCount: number;
}
export interface CraftTheme {
  key: string;
  title: string;
  description: string;
  keywords: string[];
  subthemes: Subtheme[];
}
export interface CardInput {
  group: string;
  groupTitle?: string;
  title: string;
  quote?: string;
  questions: string[];
  prompts: string[];
  privacyConfirmed?: true;
}
export interface CodeInput {
  title: string;
  description: string;
  keywords: string[];
  retired?: boolean;
  privacyConfirmed?: true;
}
export interface Zodatje {
  id: number;
  text: string;
  themes: string[];
  createdAt: string;
  sharedWithTeamId: number | null;
  anonymous: boolean;
}
export interface Statement {
  userId: number;
  name: string;
  text: string;
  updatedAt: string;
  /** The author lets it go, without their name, on the team's "Ons vak" page. */
  outside: boolean;
}

export const interviewsApi = {
  decks: () => api.get<{ items: Deck[] }>('/card-decks'),
  deck: (id: number) => api.get<Deck>(`/card-decks/${id}`),
  copyDeck: (fromDeckId: number, name: string) => api.post<Deck>('/card-decks', { fromDeckId, name }),
  renameDeck: (id: number, name: string) => api.put<Deck>(`/card-decks/${id}`, { name }),
  deleteDeck: (id: number) => api.delete(`/card-decks/${id}`),
  addCard: (deckId: number, card: CardInput) => api.post<Card>(`/card-decks/${deckId}/cards`, card),
  putCard: (deckId: number, cardId: number, card: CardInput) => api.put<Card>(`/card-decks/${deckId}/cards/${cardId}`, card),
  deleteCard: (deckId: number, cardId: number) => api.delete(`/card-decks/${deckId}/cards/${cardId}`),
  orderCards: (deckId: number, cardIds: number[]) => api.put<Deck>(`/card-decks/${deckId}/order`, { cardIds }),
  themes: () => api.get<{ items: CraftTheme[] }>('/craft-themes'),
  putTheme: (key: string, body: CodeInput) => api.put<CraftTheme>(`/craft-themes/${key}`, body),
  addSubtheme: (key: string, body: CodeInput) => api.post<Subtheme>(`/craft-themes/${key}/subthemes`, body),
  putSubtheme: (key: string, id: number, body: CodeInput) => api.put<Subtheme>(`/craft-themes/${key}/subthemes/${id}`, body),
  deleteSubtheme: (key: string, id: number) => api.delete(`/craft-themes/${key}/subthemes/${id}`),
  list: () => api.get<{ items: InterviewSummary[]; chainInvitations: InterviewSummary[] }>('/interviews'),
  get: (id: number) => api.get<Interview>(`/interviews/${id}`),
  create: (body: { teamId: number; intervieweeId: number; purpose: Purpose; deckId?: number; cardIds?: number[]; parentId?: number }) =>
    api.post<Interview>('/interviews', body),
  putNote: (id: number, cardId: number, text: string, privacyConfirmed: boolean) =>
    api.put<{ cardId: number; text: string }>(`/interviews/${id}/notes/${cardId}`, { text, privacyConfirmed }),
  complete: (id: number) => api.post<Interview>(`/interviews/${id}/completion`),
  share: (id: number, body: { text: string; anonymous: boolean; cardId?: number; privacyConfirmed?: boolean }) =>
    api.post<Fragment>(`/interviews/${id}/fragments`, body),
  withdraw: (fragmentId: number) => api.delete(`/fragments/${fragmentId}`),
  confirmThemes: (fragmentId: number, themes: string[], subthemes: number[] = []) =>
    api.put<Fragment>(`/fragments/${fragmentId}/themes`, { themes, subthemes }),
  teamThreads: (teamId: number) => api.get<TeamThreads>(`/teams/${teamId}/threads`),
  chain: (teamId: number) => api.get<Chain>(`/teams/${teamId}/interview-chain`),
  orgThreads: () => api.get<{ minGroupSize: number; teamCount: number; themes: ThemeCloud[]; analyst: boolean }>('/threads'),
  exportThreads: () => api.get<unknown>('/threads/export'),
  nationalThreads: () => api.get<{ sources: string[]; themes: ThemeCloud[] }>('/national-threads'),
  importThreads: (file: unknown) => api.post<{ imported: number }>('/national-threads', file),
  zodatjes: () => api.get<{ items: Zodatje[] }>('/zodatjes'),
  addZodatje: (text: string, teamId?: number, privacyConfirmed?: boolean) =>
    api.post<Zodatje>('/zodatjes', { text, ...(teamId ? { teamId } : {}), ...(privacyConfirmed ? { privacyConfirmed } : {}) }),
  shareZodatje: (id: number, teamId: number | null, anonymous = false) =>
    api.put<Zodatje>(`/zodatjes/${id}/sharing`, teamId ? { teamId, anonymous } : {}),
  deleteZodatje: (id: number) => api.delete(`/zodatjes/${id}`),
  statements: (teamId: number) => api.get<{ items: Statement[] }>(`/teams/${teamId}/craft-statements`),
  putStatement: (teamId: number, text: string, privacyConfirmed = false, outside?: boolean) =>
    api.put<Statement>(`/teams/${teamId}/craft-statements/me`, {
      text, ...(outside === undefined ? {} : { outside }), ...(privacyConfirmed ? { privacyConfirmed } : {}),
    }),
};

/** Notes not yet confirmed by the server survive a reload or a dropped network here. */
export const pendingNotes = {
  key: (interviewId: number, cardId: number) => `vk-interview-note-${interviewId}-${cardId}`,
  get(interviewId: number, cardId: number): string | null {
    try {
      return window.localStorage.getItem(this.key(interviewId, cardId));
    } catch {
      return null;
    }
  },
  set(interviewId: number, cardId: number, text: string) {
    try {
      window.localStorage.setItem(this.key(interviewId, cardId), text);
    } catch {
      // storage full or blocked: the retry loop still holds the text in memory
    }
  },
  clear(interviewId: number, cardId: number, ifText?: string) {
    try {
      const k = this.key(interviewId, cardId);
      if (ifText === undefined || window.localStorage.getItem(k) === ifText) window.localStorage.removeItem(k);
    } catch {
      // ignore
    }
  },
};
