import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { acceptInvitation, fetchInvitationPreview } from '../../api/endpoints';
import { queryKeys, useMe, useStartSession } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { RouterLink } from '../../components/RouterLink';
import { TextField } from '../../components/fields';
import { serverFieldErrors } from '../../components/errors';
import { MIN_PASSWORD, useForm, type Invalid } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
import type { InvitationPreview } from '../../api/types';
import { useDates } from '../../i18n/dates';

interface AcceptValues extends Record<string, unknown> {
  name: string;
  password: string;
  repeat: string;
}

export function validateAccept(v: AcceptValues): Invalid<AcceptValues> {
  const e: Invalid<AcceptValues> = {};
  if (!v.name.trim()) e.name = 'form.error.nameRequired';
  if (v.password.length < MIN_PASSWORD) e.password = 'form.error.passwordTooShort';
  if (v.repeat !== v.password) e.repeat = 'form.error.passwordMismatch';
  return e;
}

const FIELDS = ['name', 'password', 'repeat'];

function AcceptForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const dates = useDates();
  const t = useT();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const form = useForm<AcceptValues>({ name: preview.name ?? '', password: '', repeat: '' }, validateAccept);
  const accept = useMutation({
    mutationFn: (v: AcceptValues) => acceptInvitation(token, { name: v.name.trim(), password: v.password }),
    onSuccess: (me) => {
      startSession(me);
      navigate('/', { replace: true });
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });
  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `accept-${f}`, { min: MIN_PASSWORD });
  const expires = new Date(preview.expiresAt);
  return (
    <>
      <Paragraph appearance="lead">
        {t('accept.intro', { organisation: preview.organisation, team: preview.teamName })}
      </Paragraph>
      {!Number.isNaN(expires.getTime()) && (
        <Paragraph>{t('accept.expires', { date: dates.date(expires) })}</Paragraph>
      )}
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={accept.error} overrides={{ 410: 'accept.error.gone', 404: 'accept.error.unknown' }} />
      <form noValidate className="vk-form" onSubmit={form.handleSubmit((v) => accept.mutate(v))}>
        <TextField id="accept-email" name="username" type="email" label={t('form.email')} description={t('accept.emailHint')}
          autoComplete="username" value={preview.email} onChange={() => {}} readOnly />
        <TextField id="accept-name" name="name" label={t('form.yourName')} description={t('accept.nameHint')} autoComplete="name"
          value={form.values.name} onChange={(v) => form.setValue('name', v)} error={byField.name} required />
        <TextField id="accept-password" name="password" type="password" label={t('form.newPassword')} autoComplete="new-password"
          description={t('form.passwordHint', { min: MIN_PASSWORD })}
          value={form.values.password} onChange={(v) => form.setValue('password', v)} error={byField.password} required />
        <TextField id="accept-repeat" name="repeat" type="password" label={t('form.repeatPassword')} autoComplete="new-password"
          value={form.values.repeat} onChange={(v) => form.setValue('repeat', v)} error={byField.repeat} required />
        <Button type="submit" appearance="primary-action-button" busy={accept.isPending} disabled={accept.isPending}>
          {t('accept.submit')}
        </Button>
      </form>
    </>
  );
}

export function AcceptInvitationPage() {
  const t = useT();
  const { token = '' } = useParams();
  const me = useMe();
  const preview = useQuery({
    queryKey: queryKeys.invitationPreview(token),
    queryFn: () => fetchInvitationPreview(token),
    retry: false,
    enabled: token.length > 0,
  });
  const status = preview.error instanceof ApiError ? preview.error.status : null;

  return (
    <div className="vk-narrow">
      <PageHeading title={t('accept.title')} />
      {me.data && <Paragraph className="vk-hint">{t('accept.loggedInAs', { name: me.data.user.name })}</Paragraph>}
      {preview.isPending && <Loading />}
      {status === 404 || status === 410 ? (
        <>
          <ProblemAlert error={preview.error} overrides={{ 410: 'accept.error.gone', 404: 'accept.error.unknown' }} />
          <Paragraph>
            <RouterLink to="/inloggen">{t('accept.toLogin')}</RouterLink>
          </Paragraph>
        </>
      ) : (
        <ProblemAlert error={preview.error} />
      )}
      {preview.data && <AcceptForm token={token} preview={preview.data} />}
    </div>
  );
}
