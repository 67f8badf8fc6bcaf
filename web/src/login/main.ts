// The log-in page without React (login.html; docs/adr/0012-first-load.md): e-mail and password,
// the Dutch sentence for each refusal, the second step (a code from the app or a recovery code)
// when the server asks for it, "Inloggen met je organisatie-account" for the typed e-mail's
// organisation (docs/adr/0010-openid-connect.md), the language choice; then on to the full app,
// back to the page that asked for the log-in. It talks to the API with the app's own functions
// (api/endpoints.ts). The page's Dutch text is in the HTML; this script only changes it for
// another language and for what happens.
import 'virtual:login-page.css';
import messages from 'virtual:login-messages';
import { isApiError } from '../api/client';
import { fetchMe, fetchSetupNeeded, fetchSsoDiscovery, logIn, logInSecondStep, type SsoDiscovery } from '../api/endpoints';
import type { SecondFactorChallenge } from '../api/types';
import { arrival, destination, ssoChallenge, ssoErrorKey, typedDomain, validateLogin, type LoginValues } from '../features/auth/login';
import { handOver, takeArrival } from '../pages/handover';
import { $, busy, setTitle, showFieldError, showProblem, startPage, t } from '../pages/page';

const came = arrival(takeArrival());
const ssoError = new URLSearchParams(window.location.search).get('sso-fout');
const email = $<HTMLInputElement>('login-email');
const password = $<HTMLInputElement>('login-password');
const submit = $<HTMLButtonElement>('login-submit');
const code = $<HTMLInputElement>('login-code');
const codeSubmit = $<HTMLButtonElement>('login-second-submit');
const FIELDS: (keyof LoginValues)[] = ['email', 'password'];
const inputs: Record<keyof LoginValues, HTMLInputElement> = { email, password };

// The password step: what to fix once a send was tried (then live while fixing), and the refusal.
let tried = false;
let loginError: unknown = null;
// After the right password (or back from the provider: #sso-stap=…), the second step.
let challenge: SecondFactorChallenge | null = ssoChallenge(window.location.hash);
let recovery = false;
let codeMissing = false;
let stepError: unknown = null;
let sso: SsoDiscovery | null = null;

const values = (): LoginValues => ({ email: email.value, password: password.value });
const invalid = () => (tried ? validateLogin(values()) : {});

/** The app, where the member came from (the full load of the app takes it from here). */
function enter() {
  handOver(destination(came.from));
}

function renderPasswordStep() {
  const errors = invalid();
  for (const f of FIELDS) showFieldError(inputs[f], errors[f] ? t(errors[f]) : null);
  const wrong = FIELDS.filter((f) => errors[f]);
  $('login-summary').hidden = wrong.length === 0;
  $('login-summary-title').textContent = t('form.errorSummary', { count: wrong.length });
  $('login-summary-list').replaceChildren(
    ...wrong.map((f) => {
      const item = document.createElement('li');
      item.className = 'utrecht-unordered-list__item';
      const link = document.createElement('a');
      link.className = 'utrecht-link';
      link.href = `#${inputs[f].id}`;
      link.textContent = t(errors[f]!);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        inputs[f].focus();
      });
      item.append(link);
      return item;
    }),
  );
  $('login-logged-out').hidden = !came.loggedOut || !!loginError;
  $('login-end-session').hidden = !(came.loggedOut && came.endSessionUrl);
  if (came.endSessionUrl) $<HTMLAnchorElement>('login-end-session-link').href = came.endSessionUrl;
  $('login-sso-error').hidden = !ssoError;
  if (ssoError) $('login-sso-error-text').textContent = t(ssoErrorKey(ssoError));
  const offer = !!(sso?.available && sso.startUrl);
  $('login-sso').hidden = !offer;
  if (offer) {
    $('login-sso-intro').textContent = t(sso!.ssoOnly ? 'login.sso.introOnly' : 'login.sso.intro', { organisation: sso!.organisation ?? '' });
    $<HTMLAnchorElement>('login-sso-start').href = sso!.startUrl!;
  }
  showProblem('login-problem', loginError, { 401: 'login.error.wrongCredentials', 429: 'login.error.tooMany' });
}

function renderSecondStep() {
  $('login-second-intro').textContent = t(recovery ? 'login.secondStep.recoveryIntro' : 'login.secondStep.intro');
  // An expired challenge keeps the server's own words (log in again); a wrong code gets ours.
  const expired = isApiError(stepError) && stepError.status === 401 && (stepError.problem.title ?? '').includes('verlopen');
  showProblem('login-second-problem', stepError, expired ? {} : { 401: recovery ? 'login.secondStep.wrongRecovery' : 'login.secondStep.wrongCode', 429: 'login.secondStep.tooMany' });
  code.id = recovery ? 'login-recovery-code' : 'login-code';
  code.name = recovery ? 'recoveryCode' : 'code';
  code.inputMode = recovery ? 'text' : 'numeric';
  $<HTMLLabelElement>('login-code-label').htmlFor = code.id;
  $('login-code-label').textContent = t(recovery ? 'login.secondStep.recoveryCode' : 'mfa.code');
  $('login-code-description').hidden = recovery;
  showFieldError(code, codeMissing ? t('login.secondStep.codeRequired') : null);
  $('login-switch').textContent = t(recovery ? 'login.secondStep.useApp' : 'login.secondStep.useRecovery');
}

/** The step shown, in the current language (page.ts has put in the texts of the HTML). */
function render() {
  $('login-password-step').hidden = !!challenge;
  $('login-second-step').hidden = !challenge;
  setTitle(challenge ? 'login.secondStep.title' : 'login.title');
  if (challenge) renderSecondStep();
  else renderPasswordStep();
}

$('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (submit.disabled) return;
  tried = true;
  if (Object.keys(invalid()).length) {
    render();
    $('login-summary').focus();
    return;
  }
  loginError = null;
  busy(submit, true);
  render();
  try {
    const r = await logIn({ email: email.value.trim(), password: password.value });
    if ('secondFactorRequired' in r) {
      challenge = r;
      render();
      $('login-second-heading').focus();
    } else {
      enter();
      return;
    }
  } catch (err) {
    loginError = err;
    render();
  }
  busy(submit, false);
});
for (const f of FIELDS) inputs[f].addEventListener('input', () => tried && render());

$('login-second-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (codeSubmit.disabled || !challenge) return;
  codeMissing = !code.value.trim();
  stepError = null;
  render();
  if (codeMissing) {
    code.focus();
    return;
  }
  busy(codeSubmit, true);
  try {
    await logInSecondStep(recovery ? { challenge: challenge.challenge, recoveryCode: code.value.trim() } : { challenge: challenge.challenge, code: code.value.replace(/\s/g, '') });
    enter();
    return;
  } catch (err) {
    stepError = err;
    render();
  }
  busy(codeSubmit, false);
});
$('login-switch').addEventListener('click', () => {
  recovery = !recovery;
  code.value = '';
  codeMissing = false;
  stepError = null;
  render();
});
$('login-restart').addEventListener('click', () => {
  challenge = null;
  recovery = false;
  code.value = '';
  codeMissing = false;
  stepError = null;
  loginError = null;
  // a step-up challenge from the provider (#sso-stap=…) is not offered again on a reload
  if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  render();
  $('page-heading').focus();
});

// "Inloggen met je organisatie-account": asked for the typed e-mail's domain, not on every key
// stroke; before anything is typed, for the one organisation of the installation.
const discoveries = new Map<string, Promise<SsoDiscovery | null>>();
let asked: string | null = null;
function discover(domain: string) {
  if (domain === asked) return;
  asked = domain;
  const probe = domain ? `@${domain}` : '';
  if (!discoveries.has(probe)) discoveries.set(probe, fetchSsoDiscovery(probe).catch(() => null));
  void discoveries.get(probe)!.then((d) => {
    if (asked !== domain) return;
    sso = d;
    render();
  });
}
let timer = 0;
email.addEventListener('input', () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => discover(typedDomain(email.value)), 300);
});
discover(typedDomain(email.value));

// Someone logged in already goes to the app; an empty installation to its set-up.
void fetchMe()
  .then(async (me) => {
    if (me) window.location.replace('/');
    else if (await fetchSetupNeeded()) window.location.replace('/installatie');
  })
  .catch(() => {});

startPage(messages, render);
submit.disabled = false;
