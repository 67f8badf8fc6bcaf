// TanStack Query keys and the session hooks every page shares.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchMe, fetchSetupNeeded } from './endpoints';
import type { Me } from './types';

export const keys = {
  me: ['me'] as const,
  setup: ['setup'] as const,
  teams: ['teams'] as const,
  team: (id: number) => ['teams', id] as const,
  teamMembers: (id: number) => ['teams', id, 'members'] as const,
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  invitationPreview: (token: string) => ['invitation-tokens', token] as const,
};

export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: fetchMe, staleTime: 60_000 });
}

export function useSetupNeeded(enabled = true) {
  return useQuery({ queryKey: keys.setup, queryFn: fetchSetupNeeded, staleTime: Infinity, enabled });
}

/** After log-in, set-up or accepting an invitation: the response is the new session. */
export function useStartSession() {
  const qc = useQueryClient();
  return (me: Me) => {
    qc.clear();
    qc.setQueryData(keys.me, me);
    qc.setQueryData(keys.setup, false);
  };
}

/** Can this person manage the members of a team (org admin or that team's lead)? */
export function canManageTeam(me: Me | null | undefined, teamId: number): boolean {
  if (!me) return false;
  if (me.user.orgAdmin) return true;
  return me.teams.some((t) => t.id === teamId && t.role === 'team_lead');
}
