// Between the full app and the log-in page, a page of its own (docs/adr/0012-first-load.md):
// each is a full load of the other, so what the router would have carried in its state goes
// through sessionStorage, read once.
// - To the log-in page: where to come back to after logging in, or that someone just logged out
//   (with, after an SSO log-in, the provider's end-session URL to offer).
// - Back to the app: move the focus to its page's heading (app/Layout.tsx), as after a
//   navigation inside the app, so that a screen reader starts reading at the new page.
const ARRIVAL = 'vk-login-arrival';
const FOCUS = 'vk-focus-heading';

export interface Arrival {
  /** The page that asked for a log-in. */
  from?: string;
  loggedOut?: boolean;
  endSessionUrl?: string | null;
}

function take(key: string): string | null {
  try {
    const value = window.sessionStorage.getItem(key);
    window.sessionStorage.removeItem(key);
    return value;
  } catch {
    return null; // storage may be unavailable (privacy mode): then nothing is carried over
  }
}

function put(key: string, value: string) {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // see take
  }
}

/** From the app to the log-in page (a full load; `replace`: instead of this page in the history). */
export function toLogIn(arrival: Arrival, { replace = false } = {}) {
  put(ARRIVAL, JSON.stringify(arrival));
  if (replace) window.location.replace('/inloggen');
  else window.location.assign('/inloggen');
}

/** On the log-in page, once: what the app sent along. */
export const takeArrival = () => take(ARRIVAL);

/** From the log-in page to the app, instead of the log-in page in the history. */
export function handOver(url: string) {
  put(FOCUS, '1');
  window.location.replace(url);
}

/** In the app, once: whether the page it loads came from a handover. */
export const takeHandOver = () => take(FOCUS) === '1';
