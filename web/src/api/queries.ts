// TanStack Query keys (the one key factory) and the session hooks every page shares.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, fetchSetupNeeded } from './endpoints';
import type { Me } from './types';

/**
 * The one place for TanStack Query keys: hierarchical arrays, the part first (foundation keys
 * have no prefix: 'me', 'teams', 'members', …; then 'knowledge', 'interviews', 'live', 'dilemmas'), then
 * the resource, then its ids. Every `useQuery`, `setQueryData` and `invalidateQueries` uses
 * these functions, never an inline array (a test in queries.test.ts checks the sources), so a
 * mutation invalidates exactly what the pages read. Invalidation matches by prefix: a key that
 * ends earlier covers everything below it (`interviews.decks()` covers every `interviews.deck(id)`).
 */
export const queryKeys = {
  me: () => ['me'] as const,
  setup: () => ['setup'] as const,
  teams: {
    /** Everything about teams: the list, each team and its members. */
    all: () => ['teams'] as const,
    list: () => ['teams', 'list'] as const,
    detail: (teamId: number) => ['teams', teamId] as const,
    members: (teamId: number) => ['teams', teamId, 'members'] as const,
  },
  members: () => ['members'] as const,
  invitations: () => ['invitations'] as const,
  invitationPreview: (token: string) => ['invitation-tokens', token] as const,
  auditLog: () => ['audit-log'] as const,
  /** The caller's second log-in step (below 'me': a new session refetches it). */
  secondFactor: () => ['me', 'second-factor'] as const,
  /** What the organisation requires of whom (admins). */
  organisationSecondFactor: () => ['organisation', 'second-factor'] as const,
  /** Whether an e-mail address (or, without one, the installation) logs in with its organisation's account. */
  ssoDiscovery: (email: string) => ['sso', 'discover', email] as const,
  /** The organisation's single sign-on settings (admins). */
  ssoConfig: () => ['organisation', 'sso'] as const,

  knowledge: {
    all: () => ['knowledge'] as const,
    catalogue: () => ['knowledge', 'catalogue'] as const,
    profile: () => ['knowledge', 'profile'] as const,
    myQuestions: () => ['knowledge', 'my-questions'] as const,
    team: (teamId: number) => ['knowledge', 'teams', teamId] as const,
    question: (teamId: number, questionId: number) => ['knowledge', 'teams', teamId, 'questions', questionId] as const,
    map: (teamId: number, domain: string, days: number) => ['knowledge', 'teams', teamId, 'map', domain, days] as const,
    plan: (teamId: number) => ['knowledge', 'teams', teamId, 'plan'] as const,
    partners: (teamId: number) => ['knowledge', 'teams', teamId, 'partners'] as const,
  },

  interviews: {
    all: () => ['interviews'] as const,
    list: () => ['interviews', 'list'] as const,
    detail: (interviewId: number) => ['interviews', 'detail', interviewId] as const,
    /** The decks, and below it each deck. */
    decks: () => ['interviews', 'decks'] as const,
    deck: (deckId: number | undefined) => ['interviews', 'decks', deckId] as const,
    themes: () => ['interviews', 'themes'] as const,
    zodatjes: () => ['interviews', 'zodatjes'] as const,
    orgThreads: () => ['interviews', 'org-threads'] as const,
    national: () => ['interviews', 'national'] as const,
    team: (teamId: number) => ['interviews', 'teams', teamId] as const,
    threads: (teamId: number) => ['interviews', 'teams', teamId, 'threads'] as const,
    statements: (teamId: number) => ['interviews', 'teams', teamId, 'statements'] as const,
    chain: (teamId: number) => ['interviews', 'teams', teamId, 'chain'] as const,
  },

  live: {
    all: () => ['live'] as const,
    programme: () => ['live', 'programme'] as const,
    templates: () => ['live', 'templates'] as const,
    guideline: () => ['live', 'guideline'] as const,
    settings: () => ['live', 'settings'] as const,
    /** Every team's sessions; `teamSessions` is one team's list below it. */
    sessions: () => ['live', 'sessions'] as const,
    teamSessions: (teamId: number) => ['live', 'sessions', teamId] as const,
    report: (sessionId: number) => ['live', 'report', sessionId] as const,
    /** One session as its facilitator reads it (the join link for the projector). */
    session: (sessionId: number) => ['live', 'session', sessionId] as const,
    /** A member's own contributions in a session; `version` (bumped by the socket) refetches. */
    contributions: (sessionId: number) => ['live', 'contributions', sessionId] as const,
    contributionsAt: (sessionId: number, version: number) => ['live', 'contributions', sessionId, version] as const,
    song: (teamId: number) => ['live', 'song', teamId] as const,
    /** The team's agreements from what-works conversations (the reminder on the team page). */
    agreements: (teamId: number) => ['live', 'agreements', teamId] as const,
    /** A conversation's record; `version` (the record as the socket last sent it) refetches. */
    conversation: (sessionId: number, version: string) => ['live', 'conversation', sessionId, version] as const,
    /** The team's dilemma library as the conversation reads it (the `{items}` answer). */
    library: (teamId: number) => ['live', 'library', teamId] as const,
    /** The team round opened for a session's vote block, its detail per reveal, its results. */
    voteRound: (teamId: number, sessionId: number) => ['live', 'vote', teamId, sessionId] as const,
    voteRoundDetail: (roundId: number, reveals: number) => ['live', 'vote', 'round', roundId, reveals] as const,
    voteResults: (roundId: number) => ['live', 'vote', 'results', roundId] as const,
  },

  dilemmas: {
    all: () => ['dilemmas'] as const,
    /** Every library a team sees (and the organisation's); `library` is one of them. */
    libraries: () => ['dilemmas', 'library'] as const,
    library: (teamId: number | undefined) => ['dilemmas', 'library', teamId ?? 'organisation'] as const,
    admin: () => ['dilemmas', 'admin'] as const,
    proposals: (teamId: number) => ['dilemmas', 'proposals', teamId] as const,
    rounds: (teamId: number) => ['dilemmas', 'rounds', teamId] as const,
    round: (roundId: number) => ['dilemmas', 'round', roundId] as const,
    results: (roundId: number) => ['dilemmas', 'results', roundId] as const,
    orgRanking: () => ['dilemmas', 'org-ranking'] as const,
    /** The association's ranking across organisations (analysts only). */
    nationalRanking: () => ['dilemmas', 'national-ranking'] as const,
  },
  /** The picture of the craft and the core of the craft (part `craft`). */
  craft: {
    all: () => ['craft'] as const,
    picture: () => ['craft', 'picture'] as const,
    mine: (teamId: number) => ['craft', 'mine', teamId] as const,
    team: (teamId: number) => ['craft', 'team', teamId] as const,
    differences: (teamId: number) => ['craft', 'team', teamId, 'differences'] as const,
    orgPicture: () => ['craft', 'org-picture'] as const,
    core: () => ['craft', 'core'] as const,
    myCore: (teamId: number) => ['craft', 'my-core', teamId] as const,
    teamCore: (teamId: number) => ['craft', 'team-core', teamId] as const,
    orgCore: () => ['craft', 'org-core'] as const,
    /** The association's view across organisations (analysts only). */
    national: () => ['craft', 'national'] as const,
  },
  /** The five rules as they live in the team (part `guideline`). */
  guideline: {
    all: () => ['guideline'] as const,
    matrix: (teamId: number) => ['guideline', 'matrix', teamId] as const,
    mine: (teamId: number) => ['guideline', 'mine', teamId] as const,
    partnerView: (teamId: number) => ['guideline', 'partner-view', teamId] as const,
    organisation: () => ['guideline', 'organisation'] as const,
    national: () => ['guideline', 'national'] as const,
    differences: (teamId: number) => ['guideline', 'differences', teamId] as const,
  },
  /** The partners' view from outside (part `partners`). */
  partners: {
    all: () => ['partners'] as const,
    rounds: (teamId: number) => ['partners', 'rounds', teamId] as const,
    round: (roundId: number) => ['partners', 'round', roundId] as const,
    results: (roundId: number) => ['partners', 'results', roundId] as const,
    view: (teamId: number) => ['partners', 'view', teamId] as const,
    /** The team's own guideline matrix (guideline part), beside the partners' view. */
    teamGuideline: (teamId: number) => ['partners', 'team-guideline', teamId] as const,
    link: (token: string, open: boolean) => ['partners', open ? 'open-link' : 'link', token] as const,
  },
};

export function useMe() {
  return useQuery({ queryKey: queryKeys.me(), queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetupNeeded(enabled = true) {
  return useQuery({ queryKey: queryKeys.setup(), queryFn: fetchSetupNeeded, staleTime: Infinity, enabled });
}

/** After log-in, set-up or accepting an invitation: the response is the new session. */
export function useStartSession() {
  const qc = useQueryClient();
  return (me: Me) => {
    qc.clear();
    qc.setQueryData(queryKeys.me(), me);
    qc.setQueryData(queryKeys.setup(), false);
  };
}

/** Can this person manage the members of a team (org admin or that team's lead)? */
export function canManageTeam(me: Me | null | undefined, teamId: number): boolean {
  if (!me) return false;
  if (me.user.orgAdmin) return true;
  return me.teams.some((t) => t.id === teamId && t.role === 'team_lead');
}
