import { Button } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { createInvitation } from '../../api/endpoints';
import { DISCIPLINE_SUGGESTIONS, EXPERIENCES, ROLES, type CreatedInvitation, type Experience, type Role, type TeamSummary } from '../../api/types';
import { ErrorSummary } from '../../components/ErrorSummary';
import { ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { CheckboxField, SelectField, Suggestions, TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { isEmail, useForm, type Invalid } from '../../components/useForm';
import { useLabel, useT } from '../../i18n/I18nProvider';
import { PrivacyTextarea } from '../privacy/PrivacyTextarea';
import { isPrivacyProblem, privacyBody, problemOnValue, usePrivacyGuard } from '../privacy/usePrivacyGuard';

export interface InviteValues extends Record<string, unknown> {
  name: string;
  email: string;
  teamId: string;
  role: string;
  discipline: string;
  experience: string;
  orgAdmin: boolean;
}

export function validateInvite(v: InviteValues): Invalid<InviteValues> {
  const e: Invalid<InviteValues> = {};
  if (!v.name.trim()) e.name = 'form.error.nameRequired';
  if (!v.email.trim()) e.email = 'form.error.emailRequired';
  else if (!isEmail(v.email)) e.email = 'form.error.emailInvalid';
  if (!v.teamId) e.teamId = 'invite.error.teamRequired';
  if (!ROLES.includes(v.role as Role)) e.role = 'invite.error.roleRequired';
  if (!EXPERIENCES.includes(v.experience as Experience)) e.experience = 'invite.error.experienceRequired';
  return e;
}

const FIELDS = ['name', 'email', 'teamId', 'role', 'discipline', 'experience', 'orgAdmin'];
const EMPTY: InviteValues = { name: '', email: '', teamId: '', role: 'member', discipline: '', experience: '', orgAdmin: false };

export function InviteForm({ teams, onCreated }: { teams: TeamSummary[]; onCreated: (invitation: CreatedInvitation) => void }) {
  const t = useT();
  const label = useLabel();
  const initial = teams.length === 1 ? { ...EMPTY, teamId: String(teams[0].id) } : EMPTY;
  const form = useForm<InviteValues>(initial, validateInvite);
  // the discipline is free text: the server guards it like every such field, so does the form
  const discipline = usePrivacyGuard(form.values.discipline, (x) => form.setValue('discipline', x), { field: 'discipline' });
  const create = useMutation({
    mutationFn: ({ values: v, confirmed }: { values: InviteValues; confirmed: boolean }) =>
      createInvitation({
        name: v.name.trim(),
        email: v.email.trim(),
        teamId: Number(v.teamId),
        role: v.role as Role,
        discipline: v.discipline.trim(),
        experience: v.experience as Experience,
        orgAdmin: v.orgAdmin,
        ...privacyBody(confirmed),
      }),
    onSuccess: (invitation) => {
      form.reset(initial);
      onCreated(invitation);
    },
    onError: (error, { values }) => {
      form.showServerErrors(serverFieldErrors(error));
      discipline.applyProblem(problemOnValue(error, 'discipline', values.discipline));
    },
  });
  const submit = async (values: InviteValues) => {
    const r = await discipline.check();
    if (r.canSave) create.mutate({ values, confirmed: r.privacyConfirmed });
  };
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `invite-${f}`);

  return (
    <>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      {!isPrivacyProblem(create.error) && <ProblemAlert error={create.error} overrides={{ 409: 'invite.error.conflict' }} />}
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => void submit(v))} aria-label={t('invite.formLabel')}>
        <TextField id="invite-name" name="name" label={t('member.name')} autoComplete="off" value={form.values.name}
          onChange={(v) => form.setValue('name', v)} error={byField.name} required />
        <TextField id="invite-email" name="email" type="email" label={t('member.email')} autoComplete="off" inputMode="email"
          value={form.values.email} onChange={(v) => form.setValue('email', v)} error={byField.email} required />
        <SelectField id="invite-teamId" label={t('invite.team')} value={form.values.teamId} onChange={(v) => form.setValue('teamId', v)}
          error={byField.teamId} required placeholder={t('form.choose')}
          options={teams.map((team) => ({ value: String(team.id), label: team.name }))} />
        <SelectField id="invite-role" label={t('member.role')} value={form.values.role} onChange={(v) => form.setValue('role', v)}
          error={byField.role} required options={ROLES.map((r) => ({ value: r, label: label('role', r) }))} />
        <PrivacyTextarea id="invite-discipline" name="discipline" label={t('member.discipline')} description={t('form.disciplineHint')}
          list="invite-discipline-suggestions" autoComplete="off" guard={discipline} error={byField.discipline} singleLine />
        <Suggestions id="invite-discipline-suggestions" values={DISCIPLINE_SUGGESTIONS} />
        <SelectField id="invite-experience" label={t('member.experience')} description={t('form.experienceHint')}
          value={form.values.experience} onChange={(v) => form.setValue('experience', v)} error={byField.experience} required
          placeholder={t('form.choose')} options={EXPERIENCES.map((x) => ({ value: x, label: label('experience', x) }))} />
        <CheckboxField id="invite-orgAdmin" label={t('member.orgAdmin')} description={t('form.orgAdminHint')}
          checked={form.values.orgAdmin} onChange={(v) => form.setValue('orgAdmin', v)} />
        <Button type="submit" appearance="primary-action-button" busy={create.isPending} disabled={create.isPending}>
          {t('invite.submit')}
        </Button>
      </form>
    </>
  );
}
