import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useNavigate } from 'react-router';
import { ToLogIn } from '../../components/OwnPage';
import { runSetup } from '../../api/endpoints';
import { useMe, useSetupNeeded, useStartSession } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/fields';
import { isEmail, MIN_PASSWORD, useForm, type Invalid } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';
import { serverFieldErrors } from '../../components/errors';

interface SetupValues extends Record<string, unknown> {
  organisation: string;
  name: string;
  email: string;
  password: string;
  repeat: string;
}

export function validateSetup(v: SetupValues): Invalid<SetupValues> {
  const e: Invalid<SetupValues> = {};
  if (!v.organisation.trim()) e.organisation = 'setup.error.organisationRequired';
  if (!v.name.trim()) e.name = 'form.error.nameRequired';
  if (!v.email.trim()) e.email = 'form.error.emailRequired';
  else if (!isEmail(v.email)) e.email = 'form.error.emailInvalid';
  if (v.password.length < MIN_PASSWORD) e.password = 'form.error.passwordTooShort';
  if (v.repeat !== v.password) e.repeat = 'form.error.passwordMismatch';
  return e;
}

const FIELDS = ['organisation', 'name', 'email', 'password', 'repeat'];

export function SetupPage() {
  const t = useT();
  const me = useMe();
  const setup = useSetupNeeded();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const form = useForm<SetupValues>({ organisation: '', name: '', email: '', password: '', repeat: '' }, validateSetup);
  const run = useMutation({
    mutationFn: runSetup,
    onSuccess: (data) => {
      startSession(data);
      navigate('/', { replace: true });
    },
    onError: (error) => form.showServerErrors(serverFieldErrors(error)),
  });

  if (setup.isPending) return <Loading />;
  if (setup.isError) return <ProblemAlert error={setup.error} />;
  if (!setup.data && !run.isPending) return me.data ? <Navigate to="/" replace /> : <ToLogIn />;

  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `setup-${f}`, {
    min: MIN_PASSWORD,
  });

  return (
    <div className="vk-narrow">
      <PageHeading title={t('setup.title')} />
      <Paragraph appearance="lead">{t('setup.intro')}</Paragraph>
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={run.error} overrides={{ 409: 'setup.error.alreadyDone' }} />
      <form
        noValidate
        className="vk-form"
        onSubmit={form.handleSubmit((v) =>
          run.mutate({ organisation: v.organisation.trim(), name: v.name.trim(), email: v.email.trim(), password: v.password }),
        )}
      >
        <TextField id="setup-organisation" name="organisation" label={t('setup.organisation')} autoComplete="organization"
          value={form.values.organisation} onChange={(v) => form.setValue('organisation', v)} error={byField.organisation} required />
        <TextField id="setup-name" name="name" label={t('form.yourName')} autoComplete="name"
          value={form.values.name} onChange={(v) => form.setValue('name', v)} error={byField.name} required />
        <TextField id="setup-email" name="email" type="email" label={t('form.email')} autoComplete="email" inputMode="email"
          value={form.values.email} onChange={(v) => form.setValue('email', v)} error={byField.email} required />
        <TextField id="setup-password" name="password" type="password" label={t('form.newPassword')} autoComplete="new-password"
          description={t('form.passwordHint', { min: MIN_PASSWORD })}
          value={form.values.password} onChange={(v) => form.setValue('password', v)} error={byField.password} required />
        <TextField id="setup-repeat" name="repeat" type="password" label={t('form.repeatPassword')} autoComplete="new-password"
          value={form.values.repeat} onChange={(v) => form.setValue('repeat', v)} error={byField.repeat} required />
        <Button type="submit" appearance="primary-action-button" busy={run.isPending} disabled={run.isPending}>
          {t('setup.submit')}
        </Button>
      </form>
    </div>
  );
}
