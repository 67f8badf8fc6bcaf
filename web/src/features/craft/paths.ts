// The addresses of the craft pages (routes.tsx registers them).
export const paths = {
  home: '/vak/beeld',
  fill: (teamId: number) => `/vak/teams/${teamId}/beeld/invullen`,
  team: (teamId: number) => `/vak/teams/${teamId}/beeld`,
  differences: (teamId: number) => `/vak/teams/${teamId}/verschillen`,
  organisation: '/vak/organisatie',
  core: (teamId: number) => `/vak/teams/${teamId}/kern`,
  coreFill: (teamId: number) => `/vak/teams/${teamId}/kern/invullen`,
  admin: '/vak/beheer',
  national: '/vak/landelijk',
};
