// The addresses of the guideline pages (routes.tsx registers them).
export const paths = {
  home: '/vuistregels',
  matrix: (teamId: number) => `/vuistregels/teams/${teamId}`,
  mine: (teamId: number, ruleKey?: string, partKey?: string) =>
    `/vuistregels/teams/${teamId}/mijn${ruleKey && partKey ? `?regel=${encodeURIComponent(ruleKey)}&onderdeel=${encodeURIComponent(partKey)}` : ''}`,
  organisation: '/vuistregels/organisatie',
  national: '/vuistregels/landelijk',
};
