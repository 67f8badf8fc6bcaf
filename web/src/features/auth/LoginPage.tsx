import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../../api/client';
import { fetchSsoDiscovery, logIn, logInSecondStep } from '../../api/endpoints';
import type { Me, SecondFactorChallenge } from '../../api/types';
import { queryKeys, useMe, useSetupNeeded, useStartSession } from '../../api/queries';
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

/** The reasons the server gives for a refused SSO log-in that have their own sentence. */
const SSO_ERRORS = ['expired', 'browser', 'provider-refused', 'provider-unreachable', 'not-linked', 'no-account', 'not-allowed', 'other-organisation', 'no-email'];

export function ssoErrorKey(reason: string): string {
  return SSO_ERRORS.includes(reason) ? `login.sso.error.${reason}` : 'login.sso.error.token';
}

export function ssoChallenge(hash: string): SecondFactorChallenge | null {
  const m = /^#sso-stap=([A-Za-z0-9_-]+)$/.exec(hash);
  return m ? { secondFactorRequired: true, challenge: m[1], expiresAt: '' } : null;
}

/** The e-mail domain typed so far ("" until there is one). */
export function typedDomain(email: string): string {
  const at = email.trim().lastIndexOf('@');
  const domain = at < 0 ? '' : email.trim().slice(at + 1).toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : '';
}

/**
 * "Inloggen met je organisatie-account": offered for the organisation of the typed e-mail
 * domain, or (before anything is typed) for the one organisation of the installation.
 */
function SsoButton({ email }: { email: string }) {
  const t = useT();
  const domain = typedDomain(email);
  const [asked, setAsked] = useState(domain);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(domain), 300);  // not on every key stroke
    return () => clearTimeout(timer);
  }, [domain]);
  const probe = asked ? `@${asked}` : '';
  const sso = useQuery({ queryKey: queryKeys.ssoDiscovery(probe), queryFn: () => fetchSsoDiscovery(probe), staleTime: 5 * 60_000 });
  if (!sso.data?.available || !sso.data.startUrl) return null;
  return (
    <section className="vk-sso" aria-labelledby="sso-heading">
      <h2 id="sso-heading" className="vk-visually-hidden">{t('login.sso.heading')}</h2>
      <Paragraph>{t(sso.data.ssoOnly ? 'login.sso.introOnly' : 'login.sso.intro', { organisation: sso.data.organisation ?? '' })}</Paragraph>
      <Paragraph>
        <a className="utrecht-button utrecht-button--primary-action" href={sso.data.startUrl}>
          {t('login.sso.button')}
        </a>
      </Paragraph>
    </section>
  );
}

export function LoginPage() {
  const t = useT();
  const me = useMe();
  const setup = useSetupNeeded(me.isSuccess && me.data === null);
  const navigate = useNavigate();
  const location = useLocation();
  const startSession = useStartSession();
  const state = (location.state ?? {}) as { from?: string; loggedOut?: boolean; endSessionUrl?: string | null };
  const form = useForm<LoginValues>({ email: '', password: '' }, validateLogin);
  // Back from the organisation's identity provider: an admin whose provider did no MFA gets
  // the second step here (#sso-stap=…), a refusal comes as ?sso-fout=reason.
  const [challenge, setChallenge] = useState<SecondFactorChallenge | null>(() => ssoChallenge(location.hash));
  const ssoError = new URLSearchParams(location.search).get('sso-fout');
  const enter = (data: Me) => {
    startSession(data);
    navigate(state.from && state.from !== '/inloggen' ? state.from : '/', { replace: true });
  };
  const login = useMutation({
    mutationFn: logIn,
    onSuccess: (data) => ('secondFactorRequired' in data ? setChallenge(data) : enter(data)),
  });

  if (me.data) return <Navigate to="/" replace />;
  if (setup.data === true) return <Navigate to="/installatie" replace />;

  if (challenge) return <SecondStep challenge={challenge} onDone={enter} onRestart={() => { setChallenge(null); login.reset(); }} />;

  const { byField, summary } = collectErrors(t, FIELDS, form.clientErrors, form.serverErrors, (f) => `login-${f}`);

  return (
    <div className="vk-narrow">
      <PageHeading title={t('login.title')} />
      <Paragraph appearance="lead">{t('login.intro')}</Paragraph>
      {state.loggedOut && !login.isError && <SuccessNotice>{t('login.loggedOut')}</SuccessNotice>}
      {me.isPending && <Loading />}
      {state.loggedOut && state.endSessionUrl && (
        <Paragraph>
          <a href={state.endSessionUrl}>{t('login.sso.endSession')}</a>
        </Paragraph>
      )}
      {ssoError && (
        <Alert type="error" role="alert" className="vk-alert">
          <Paragraph>{t(ssoErrorKey(ssoError))}</Paragraph>
        </Alert>
      )}
      <SsoButton email={form.values.email} />
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

/** After the right password: a code from the app, or a recovery code. */
function SecondStep({ challenge, onDone, onRestart }: { challenge: SecondFactorChallenge; onDone: (me: Me) => void; onRestart: () => void }) {
  const t = useT();
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  const step = useMutation({
    mutationFn: () =>
      logInSecondStep(recovery ? { challenge: challenge.challenge, recoveryCode: code.trim() } : { challenge: challenge.challenge, code: code.replace(/\s/g, '') }),
    onSuccess: onDone,
  });
  // An expired challenge keeps the server's own words (log in again); a wrong code gets ours.
  const expired = isApiError(step.error) && step.error.status === 401 && (step.error.problem.title ?? '').includes('verlopen');
  return (
    <div className="vk-narrow">
      <PageHeading title={t('login.secondStep.title')} />
      <Paragraph appearance="lead">{recovery ? t('login.secondStep.recoveryIntro') : t('login.secondStep.intro')}</Paragraph>
      <ProblemAlert error={step.error} overrides={expired ? {} : { 401: recovery ? 'login.secondStep.wrongRecovery' : 'login.secondStep.wrongCode', 429: 'login.secondStep.tooMany' }} />
      <form noValidate className="vk-form" onSubmit={(e) => { e.preventDefault(); setMissing(!code.trim()); if (code.trim()) step.mutate(); }}>
        <TextField
          id={recovery ? 'login-recovery-code' : 'login-code'}
          name={recovery ? 'recoveryCode' : 'code'}
          label={recovery ? t('login.secondStep.recoveryCode') : t('mfa.code')}
          description={recovery ? undefined : t('mfa.codeHint')}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          value={code}
          onChange={setCode}
          error={missing ? t('login.secondStep.codeRequired') : undefined}
          required
        />
        <Button type="submit" appearance="primary-action-button" busy={step.isPending} disabled={step.isPending}>
          {t('login.submit')}
        </Button>
      </form>
      <Paragraph>
        <Button type="button" appearance="subtle-button" onClick={() => { setRecovery(!recovery); setCode(''); setMissing(false); step.reset(); }}>
          {recovery ? t('login.secondStep.useApp') : t('login.secondStep.useRecovery')}
        </Button>{' '}
        <Button type="button" appearance="subtle-button" onClick={onRestart}>
          {t('login.secondStep.restart')}
        </Button>
      </Paragraph>
    </div>
  );
}
