// The guest's join page without React (join.html; docs/adr/0012-first-load.md): the code from
// the QR link filled in, join with a name, or, on a phone that was in this session before,
// "Je was even weg — opnieuw meedoen" under the same name. After joining the guest goes on to
// the full app's guest page. The page's Dutch text is in the HTML; this script only changes it
// for another language and for the answers of the server.
import 'virtual:join-page.css';
import './join.css';
import messages from 'virtual:join-messages';
import { describeError } from '../components/errors';
import { guestByCode, liveApi, markHereInThisTab, saveGuest } from '../features/live/api';
import { initialLocale, storeLocale, type Locale } from '../i18n/locale';

let locale: Locale = initialLocale();

/** A message with {name} values and a {n, plural, one {…} other {…}} as the catalogue has them. */
function t(id: string, values: Record<string, string | number> = {}): string {
  const text = messages[locale][id] ?? messages.nl[id] ?? id;
  return text
    .replace(/\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g, (_, k: string, one: string, other: string) =>
      (Number(values[k]) === 1 ? one : other).replace(/#/g, String(values[k])))
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const params = new URLSearchParams(window.location.search);
const codeParam = params.get('code') ?? '';
const form = document.querySelector('form')!;
const code = $<HTMLInputElement>('join-code');
const name = $<HTMLInputElement>('join-name');
const submit = $<HTMLButtonElement>('join-submit');
const alert = $('join-error');
let earlier = guestByCode(codeParam);
let error: unknown = null;

function goTo(sessionId: number) {
  markHereInThisTab(sessionId);
  window.location.assign(`/live/gast/${sessionId}`);
}

/** Every text of the page in the current language, the state shown, the document's title. */
function render() {
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t!);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel!));
  for (const b of document.querySelectorAll<HTMLElement>('[data-locale]')) b.setAttribute('aria-pressed', String(b.dataset.locale === locale));
  $('join-away').hidden = !earlier;
  $('join-form').hidden = !!earlier;
  if (earlier) $('join-away-text').textContent = earlier.name ? t('live.away.textNamed', { name: earlier.name }) : t('live.away.text');
  document.title = t('app.documentTitle', { page: t(earlier ? 'live.away.title' : 'live.joinTitle') });
  alert.hidden = !error;
  if (error) $('join-error-text').textContent = describeError(t, locale, error);
}

function busy(on: boolean) {
  submit.disabled = on;
  submit.classList.toggle('utrecht-button--busy', on);
  if (on) submit.setAttribute('aria-busy', 'true');
  else submit.removeAttribute('aria-busy');
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  if (submit.disabled) return;
  busy(true);
  try {
    const r = await liveApi.join(code.value, name.value);
    saveGuest(r.sessionId, r.guestToken, r.name, code.value);
    goTo(r.sessionId);
  } catch (err) {
    // the typed code and name stay; the server's Dutch message says what to change
    error = err;
    busy(false);
    render();
  }
});
$('join-rejoin').addEventListener('click', () => earlier && goTo(earlier.sessionId));
$('join-other').addEventListener('click', () => {
  earlier = null;
  render();
  $('page-heading').focus();
});
for (const b of document.querySelectorAll<HTMLElement>('[data-locale]')) {
  b.addEventListener('click', () => {
    locale = b.dataset.locale as Locale;
    storeLocale(locale);
    render();
  });
}

// What the link brought (the QR code's code; both fields after a submit before this script ran),
// unless the guest already typed something.
if (!code.value) code.value = codeParam;
if (!name.value) name.value = params.get('name') ?? '';
render();
