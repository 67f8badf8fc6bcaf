import { Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation } from '@tanstack/react-query';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { logIn } from '../../api/endpoints';
import { useMe, useSetupNeeded, useStartSession } from '../../api/queries';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading, ProblemAlert, SuccessNotice } from '../../components/Feedback';
import { collectErrors } from '../../components/FormErrors';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/fields';
import { isEmail, useForm, type Invalid } from '../../components/useForm';
import { useT } from '../../i18n/I18nProvider';

interface LoginValues extends Record<string, unknown> {
  email: string;
  password: string;
}

export function validateLogin(v: LoginValues): Invalid<LoginValues> {
  const e: Invalid<LoginValues> = {};
  if (!v.email.trim()) e.email = 'login.error.emailRequired';
  else if (!isEmail(v.email)) e.email = 'login.error.emailInvalid';
  if (!v.password) e.password = 'login.error.passwordRequired';
  return e;
}

const FIELDS = ['email', 'password'];

export function LoginPage() {
  const t = useT();
  const me = useMe();
  const setup = useSetupNeeded(me.isSuccess && me.data === null);
  const navigate = useNavigate();
  const location = useLocation();
  const startSession = useStartSession();
  const state = (location.state ?? {}) as { from?: string; loggedOut?: boolean };
  const form = useForm<LoginValues>({ email: '', password: '' }, validateLogin);
  const login = useMutation({
    mutationFn: logIn,
    onSuccess: (data) => {
      startSession(data);
      navigate(state.from && state.from !== '/inloggen' ? state.from : '/', { replace: true });
    },
  });

  if (me.data) return <Navigate to="/" replace />;
  if (setup.data === true) return <Navigate to="/installatie" replace />;

  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `login-${f}`);

  return (
    <div className="vk-narrow">
      <PageHeading title={t('login.title')} />
      <Paragraph appearance="lead">{t('login.intro')}</Paragraph>
      {state.loggedOut && !login.isError && <SuccessNotice>{t('login.loggedOut')}</SuccessNotice>}
      {me.isPending && <Loading />}
      <ErrorSummary errors={summary} attempt={form.attempt} />
      <ProblemAlert error={login.error} overrides={{ 401: 'login.error.wrongCredentials', 429: 'login.error.tooMany' }} />
      <form noValidate onSubmit={form.handleSubmit((v) => login.mutate({ email: v.email.trim(), password: v.password }))} className="vk-form">
        <TextField
          id="login-email"
          name="email"
          type="email"
          label={t('login.email')}
          autoComplete="username"
          inputMode="email"
          value={form.values.email}
          onChange={(v) => form.setValue('email', v)}
          error={byField.email}
          required
        />
        <TextField
          id="login-password"
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          value={form.values.password}
          onChange={(v) => form.setValue('password', v)}
          error={byField.password}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={login.isPending} disabled={login.isPending}>
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph className="vk-hint">{t('login.noAccount')}</Paragraph>
    </div>
  );
}
