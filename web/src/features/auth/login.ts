// What the log-in page (login.html, src/login/main.ts) decides, without the DOM: the checks
// before sending, the sentence for a refused SSO log-in, the step-up challenge in the address,
// the e-mail domain to ask about SSO, and where to go after logging in.
import type { SecondFactorChallenge } from '../../api/types';
import { isEmail } from '../../components/email';
import type { Arrival } from '../../pages/handover';

export interface LoginValues {
  email: string;
  password: string;
}

/** Field → message id of what to fix before sending (empty: send). */
export function validateLogin(v: LoginValues): Partial<Record<keyof LoginValues, string>> {
  const e: Partial<Record<keyof LoginValues, string>> = {};
  if (!v.email.trim()) e.email = 'login.error.emailRequired';
  else if (!isEmail(v.email)) e.email = 'login.error.emailInvalid';
  if (!v.password) e.password = 'login.error.passwordRequired';
  return e;
}

/** The reasons the server gives for a refused SSO log-in that have their own sentence. */
const SSO_ERRORS = ['expired', 'browser', 'provider-refused', 'provider-unreachable', 'not-linked', 'no-account', 'not-allowed', 'other-organisation', 'no-email'];

export function ssoErrorKey(reason: string): string {
  return SSO_ERRORS.includes(reason) ? `login.sso.error.${reason}` : 'login.sso.error.token';
}

/** Back from the organisation's identity provider without its MFA: the second step (#sso-stap=…). */
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

/** What the app sent along (pages/handover.ts: toLogIn), read with care: it is the browser's storage. */
export function arrival(stored: string | null): Arrival {
  let u: unknown;
  try {
    u = JSON.parse(stored ?? 'null');
  } catch {
    return {};
  }
  if (!u || typeof u !== 'object') return {};
  const a = u as Record<string, unknown>;
  return {
    from: typeof a.from === 'string' ? a.from : undefined,
    loggedOut: a.loggedOut === true,
    endSessionUrl: typeof a.endSessionUrl === 'string' ? a.endSessionUrl : null,
  };
}

/** Where to go after logging in: back to the page that asked, on this site only; else my teams. */
export function destination(from: string | undefined): string {
  if (!from || !from.startsWith('/') || from.startsWith('//') || from === '/inloggen' || from.startsWith('/inloggen/')) return '/';
  return from;
}
