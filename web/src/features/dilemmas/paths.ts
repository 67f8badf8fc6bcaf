// The addresses of the dilemma pages (routes.tsx registers them).
export const paths = {
  home: '/dilemmas',
  library: (teamId: number) => `/dilemmas/teams/${teamId}`,
  propose: (teamId: number) => `/dilemmas/teams/${teamId}/voorstellen/nieuw`,
  proposals: (teamId: number) => `/dilemmas/teams/${teamId}/voorstellen`,
  rounds: (teamId: number) => `/dilemmas/teams/${teamId}/stemrondes`,
  vote: (roundId: number) => `/dilemmas/stemrondes/${roundId}`,
  results: (roundId: number) => `/dilemmas/stemrondes/${roundId}/uitslag`,
  orgRanking: '/dilemmas/ranglijst',
  admin: '/dilemmas/beheer',
  adminNew: '/dilemmas/beheer/nieuw',
  adminEdit: (key: string) => `/dilemmas/beheer/${encodeURIComponent(key)}`,
};
