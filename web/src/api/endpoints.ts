// One function per API call, so that pages never spell URLs themselves.
import { api, ApiError, setCsrfToken } from './client';
import type {
  CreatedInvitation,
  Invitation,
  InvitationPreview,
  Items,
  Me,
  NewInvitation,
  OrgMember,
  Role,
  OrganisationSecondFactor,
  SecondFactorChallenge,
  SecondFactorEnrolment,
  SecondFactorStatus,
  Team,
  TeamMember,
  TeamSummary,
} from './types';

function remember(me: Me): Me {
  setCsrfToken(me.csrfToken);
  return me;
}

/** GET /me, or null when nobody is logged in (401). */
export async function fetchMe(): Promise<Me | null> {
  try {
    return remember(await api.get<Me>('/me'));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export const fetchSetupNeeded = async (): Promise<boolean> =>
  (await api.get<{ needed: boolean }>('/setup')).needed === true;

export const runSetup = async (body: { organisation: string; name: string; email: string; password: string }) =>
  remember(await api.post<Me>('/setup', body));

/** The password step: a session (Me), or a challenge when a second step is on (202). */
export async function logIn(body: { email: string; password: string }): Promise<Me | SecondFactorChallenge> {
  const r = await api.post<Me | SecondFactorChallenge>('/session', body);
  return 'secondFactorRequired' in r ? r : remember(r);
}

/** The second step after the password: a code from the app, or a recovery code. */
export const logInSecondStep = async (body: { challenge: string; code?: string; recoveryCode?: string }) =>
  remember(await api.post<Me>('/session/second-factor', body));

/** Ends the session; after an SSO log-in, the provider's end-session URL to offer (else null). */
export async function logOut(): Promise<string | null> {
  try {
    const r = await api.delete<{ endSessionUrl?: string } | undefined>('/session');
    return r?.endSessionUrl ?? null;
  } finally {
    setCsrfToken(null);
  }
}

export interface SsoDiscovery {
  available: boolean;
  organisationId?: number;
  organisation?: string;
  ssoOnly?: boolean;
  startUrl?: string;
}

export const fetchSsoDiscovery = (email: string) =>
  api.get<SsoDiscovery>('/sso/discover' + (email ? `?email=${encodeURIComponent(email)}` : ''));

export interface SsoSettings {
  issuer: string;
  clientId: string;
  emailClaim: string;
  nameClaim: string;
  groupsClaim: string;
  adminGroups: string[];
  memberGroups: string[];
  acceptedAcr: string[];
  emailDomains: string[];
  createMembers: boolean;
  linkByVerifiedEmail: boolean;
  ssoOnly: boolean;
  breakGlassUserId: number | null;
  enabled: boolean;
}

export interface SsoConfig extends SsoSettings {
  configured: boolean;
  redirectUri: string;
  hasClientSecret: boolean;
  updatedAt: string | null;
}

export const fetchSsoConfig = () => api.get<SsoConfig>('/organisation/sso');
export const saveSsoConfig = (body: SsoSettings & { clientSecret?: string }) => api.put<SsoConfig>('/organisation/sso', body);

export const changePassword = (body: { currentPassword: string; newPassword: string }) =>
  api.put<void>('/me/password', body);

export const fetchTeams = async () => (await api.get<Items<TeamSummary>>('/teams')).items;
export const createTeam = (name: string) => api.post<Team>('/teams', { name });
export const fetchTeam = (teamId: number) => api.get<Team>(`/teams/${teamId}`);
export const fetchTeamMembers = async (teamId: number) =>
  (await api.get<Items<TeamMember>>(`/teams/${teamId}/members`)).items;
export const setTeamRole = (teamId: number, userId: number, role: Role) =>
  api.put<TeamMember>(`/teams/${teamId}/members/${userId}`, { role });
export const removeTeamMember = (teamId: number, userId: number) =>
  api.delete(`/teams/${teamId}/members/${userId}`);

export const fetchMembers = async () => (await api.get<Items<OrgMember>>('/members')).items;
export const updateMember = (
  userId: number,
  body: Partial<Pick<OrgMember, 'name' | 'discipline' | 'experience' | 'orgAdmin'>> & { privacyConfirmed?: true },
) => api.patch<OrgMember>(`/members/${userId}`, body);

export const fetchInvitations = async () => (await api.get<Items<Invitation>>('/invitations')).items;
export const createInvitation = (body: NewInvitation & { privacyConfirmed?: true }) => api.post<CreatedInvitation>('/invitations', body);
export const revokeInvitation = (id: number) => api.delete(`/invitations/${id}`);

export const fetchInvitationPreview = (token: string) =>
  api.get<InvitationPreview>(`/invitation-tokens/${encodeURIComponent(token)}`);
export const acceptInvitation = async (token: string, body: { name: string; password: string }) =>
  remember(await api.post<Me>(`/invitation-tokens/${encodeURIComponent(token)}/acceptance`, body));

// The second log-in step on the account page.
export const fetchSecondFactor = () => api.get<SecondFactorStatus>('/me/second-factor');
export const enrolSecondFactor = () => api.post<SecondFactorEnrolment>('/me/second-factor', {});
export const confirmSecondFactor = (code: string) =>
  api.post<{ recoveryCodes: string[] }>('/me/second-factor/confirm', { code });
export const newRecoveryCodes = (password: string) =>
  api.post<{ recoveryCodes: string[] }>('/me/second-factor/recovery-codes', { password });
export const disableSecondFactor = (body: { code: string; password: string }) =>
  api.post<void>('/me/second-factor/disable', body);
// What the organisation requires (admins).
export const fetchOrganisationSecondFactor = () => api.get<OrganisationSecondFactor>('/organisation/second-factor');
export const setOrganisationSecondFactor = (body: { requiredForTeamLeads: boolean }) =>
  api.put<OrganisationSecondFactor>('/organisation/second-factor', body);
