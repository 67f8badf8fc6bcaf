// Types of the Vakkompas API v1 (see docs/api). Ids are integers, timestamps ISO 8601 UTC.

export type Role = 'member' | 'supervisor' | 'team_lead';
export const ROLES: readonly Role[] = ['member', 'supervisor', 'team_lead'];

export type Experience = 'leerling' | 'gezel' | 'meester';
export const EXPERIENCES: readonly Experience[] = ['leerling', 'gezel', 'meester'];

/** Suggestions only: discipline is free text. */
export const DISCIPLINE_SUGGESTIONS: readonly string[] = [
  'maatschappelijk werker',
  'Wmo-consulent',
  'gezinscoach',
  'jeugd- en gezinswerker',
  'schuldhulpverlener',
  'wijkverpleegkundige',
  'gedragswetenschapper',
];

export interface User {
  id: number;
  name: string;
  email: string;
  discipline: string;
  experience: Experience | string;
  orgAdmin: boolean;
}

export interface MyTeam {
  id: number;
  name: string;
  role: Role | null;
}

export interface Me {
  user: User;
  organisation: { id: number; name: string };
  teams: MyTeam[];
  csrfToken: string;
}

export interface TeamSummary {
  id: number;
  name: string;
  memberCount: number;
  myRole: Role | null;
}

export type Team = TeamSummary;

export interface TeamMember {
  id: number;
  name: string;
  email: string;
  discipline: string;
  experience: Experience | string;
  role: Role;
}

export interface OrgMember {
  id: number;
  name: string;
  email: string;
  discipline: string;
  experience: Experience | string;
  orgAdmin: boolean;
  teams: MyTeam[];
}

export type InvitationStatus = 'open' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: number;
  email: string;
  name: string;
  /** null for an invitation to the organisation without a team */
  teamId: number | null;
  teamName: string;
  role: Role;
  discipline: string;
  experience: Experience | string;
  orgAdmin: boolean;
  createdAt: string;
  expiresAt: string;
  status: InvitationStatus;
}

export interface CreatedInvitation extends Invitation {
  token: string;
  link: string;
}

export interface NewInvitation {
  email: string;
  name: string;
  teamId: number;
  role: Role;
  discipline: string;
  experience: Experience;
  orgAdmin: boolean;
}

export interface InvitationPreview {
  organisation: string;
  teamName: string;
  email: string;
  name: string;
  expiresAt: string;
}

export interface Items<T> {
  items: T[];
}

/** The second log-in step (GET /me/second-factor). */
export interface SecondFactorStatus {
  enabled: boolean;
  pending: boolean;
  enrolledAt: string | null;
  recoveryCodesLeft: number;
  /** This person must have one (admin or analyst when the server requires it, team lead when the organisation does). */
  required: boolean;
  requiredForAdmins: boolean;
  requiredForTeamLeads: boolean;
}

/** GET/PUT /organisation/second-factor (admins). */
export interface OrganisationSecondFactor {
  /** the server's setting (off in the demo) */
  requiredForAdmins: boolean;
  /** the organisation's choice */
  requiredForTeamLeads: boolean;
}

/** POST /me/second-factor: the secret, once. */
export interface SecondFactorEnrolment {
  secret: string;
  secretGroups: string;
  otpauthUri: string;
  qrSvg: string;
  digits: number;
  period: number;
}

/** POST /session when the password is right and a second step is on (202). */
export interface SecondFactorChallenge {
  secondFactorRequired: true;
  challenge: string;
  expiresAt: string;
}
