// Calls and types of the partners API (teams/{id}/partner-rounds, partner-rounds/{id}, the
// public partner-answers/{token} and open-partner-links/{token}): see docs/api/paths/partners.json.
import { api } from '../../api/client';

export const KINDS = ['school', 'huisarts', 'woningcorporatie', 'schuldhulp', 'politie', 'gemeente', 'welzijn', 'anders'] as const;
export type Kind = (typeof KINDS)[number];
export type Recognition = 'herken' | 'soms' | 'niet';
export const RECOGNITIONS: readonly Recognition[] = ['herken', 'soms', 'niet'];
export type InvitationStatus = 'nieuw' | 'bewaard' | 'ingestuurd' | 'ingetrokken';

export interface RoundInvitation {
  id: number;
  kind: Kind;
  label: string;
  /** Only in a round with names. */
  status?: InvitationStatus;
}
export interface Round {
  id: number;
  teamId: number;
  teamName: string;
  title: string;
  anonymous: boolean;
  closesAt: string;
  minAnswers: number;
  status: 'open' | 'closed';
  answerCount: number;
  invitations: RoundInvitation[];
  invitationCounts: Record<InvitationStatus, number>;
  openLink: boolean;
  rules: { ruleKey: string; name: string }[];
  createdAt: string;
}
export interface CreatedLink {
  id?: number;
  kind?: Kind;
  label?: string;
  token: string;
  url: string;
  qrSvg: string;
}
export interface CreatedRound extends Omit<Round, 'invitations' | 'openLink'> {
  invitations: (RoundInvitation & CreatedLink)[];
  openLink: CreatedLink | null;
}
export interface NewRound {
  title: string;
  anonymous: boolean;
  closesAt: string;
  minAnswers: number;
  openLink: boolean;
  invitations: { kind: Kind; label?: string }[];
  privacyConfirmed?: boolean;
}
export interface RuleResult {
  ruleKey: string;
  name: string;
  herken: number;
  soms: number;
  niet: number;
  examples?: string[];
}
export interface Results {
  answerCount: number;
  minAnswers: number;
  visible: boolean;
  rules?: RuleResult[];
  distinctive?: string[];
  missing?: string[];
  kinds?: Partial<Record<Kind, number>>;
}
export interface PartnerView {
  visible: boolean;
  answerCount: number;
  roundId: number | null;
  rules: RuleResult[];
}
/** The team's own guideline matrix (guideline part): only what the partners' page uses. */
export interface TeamGuideline {
  cells: { ruleKey: string; partKey: string; count: number }[];
}

export interface Questions {
  rules: { ruleKey: string; name: string; description: string }[];
  recognise: string;
  example: string;
  distinctive: string;
  missing: string;
}
export interface RuleAnswer {
  ruleKey: string;
  recognition: Recognition | null;
  example: string;
}
export interface Answers {
  rules: RuleAnswer[];
  distinctive: string;
  missing: string;
}
export interface PartnerPage {
  team: string;
  organisation: string;
  title: string;
  anonymous: boolean;
  closesAt: string;
  questions: Questions;
  draft: Answers | null;
  kind?: Kind;
  label?: string;
  /** Open links only. */
  challenge?: string;
  difficulty?: number;
}

const enc = encodeURIComponent;

export const partnersApi = {
  rounds: (teamId: number) => api.get<{ items: Round[] }>(`/teams/${teamId}/partner-rounds`).then((r) => r.items),
  create: (teamId: number, body: NewRound) => api.post<CreatedRound>(`/teams/${teamId}/partner-rounds`, body),
  round: (roundId: number) => api.get<Round>(`/partner-rounds/${roundId}`),
  revoke: (roundId: number, invitationId: number) => api.post<Round>(`/partner-rounds/${roundId}/invitations/${invitationId}/revocation`),
  close: (roundId: number) => api.post<Round>(`/partner-rounds/${roundId}/close`),
  results: (roundId: number) => api.get<Results>(`/partner-rounds/${roundId}/results`),
  view: (teamId: number) => api.get<PartnerView>(`/teams/${teamId}/partner-view`),
  teamGuideline: (teamId: number) => api.get<TeamGuideline>(`/teams/${teamId}/guideline`),
  // The partner's side: the token is the key; no session, no cookie.
  link: (token: string) => api.get<PartnerPage>(`/partner-answers/${enc(token)}`),
  save: (token: string, body: Answers & { privacyConfirmed?: boolean }) => api.put<PartnerPage>(`/partner-answers/${enc(token)}`, body),
  submit: (token: string, body: Answers & { privacyConfirmed?: boolean }) =>
    api.post<{ submitted: boolean; team: string }>(`/partner-answers/${enc(token)}/submission`, body),
  openLink: (token: string) => api.get<PartnerPage>(`/open-partner-links/${enc(token)}`),
  submitOpen: (token: string, body: Answers & { privacyConfirmed?: boolean; proofOfWork: { challenge: string; nonce: string } }) =>
    api.post<{ submitted: boolean; team: string }>(`/open-partner-links/${enc(token)}/answers`, body),
};
