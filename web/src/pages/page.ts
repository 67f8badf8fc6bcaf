// What the pages of their own (join.html, login.html; docs/adr/0012-first-load.md) share, without
// React: messages in the chosen language, the language buttons of the footer, the Dutch text of
// data-t elements, a busy button, an API error as a sentence and a field with its error. The
// page's own script keeps its state and redraws with `render`.
import { isApiError } from '../api/client';
import { describeError } from '../components/errors';
import { initialLocale, storeLocale, type Locale } from '../i18n/locale';

export type Messages = Record<Locale, Record<string, string>>;
type Values = Record<string, string | number>;

let messages: Messages = { nl: {}, en: {} };
let locale: Locale = initialLocale();
let redraw = () => {};

export const currentLocale = () => locale;

/** A message with {name} values and a {n, plural, one {…} other {…}} as the catalogue has them. */
export function t(id: string, values: Values = {}): string {
  const text = messages[locale][id] ?? messages.nl[id] ?? id;
  return text
    .replace(/\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g, (_, k: string, one: string, other: string) =>
      (Number(values[k]) === 1 ? one : other).replace(/#/g, String(values[k])))
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;

/** Every text of the page in the current language, then the page's own state (`render`). */
export function renderPage() {
  document.documentElement.lang = locale;
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) el.textContent = t(el.dataset.t!);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t-label]')) el.setAttribute('aria-label', t(el.dataset.tLabel!));
  for (const b of document.querySelectorAll<HTMLElement>('[data-locale]')) b.setAttribute('aria-pressed', String(b.dataset.locale === locale));
  redraw();
}

/** Starts the page: its messages, its own drawing, the language buttons; draws once. */
export function startPage(pageMessages: Messages, render: () => void) {
  messages = pageMessages;
  redraw = render;
  for (const b of document.querySelectorAll<HTMLElement>('[data-locale]')) {
    b.addEventListener('click', () => {
      locale = b.dataset.locale as Locale;
      storeLocale(locale);
      renderPage();
    });
  }
  renderPage();
}

/** The document's title for the page's heading. */
export function setTitle(headingId: string) {
  document.title = t('app.documentTitle', { page: t(headingId) });
}

export function busy(button: HTMLButtonElement, on: boolean) {
  button.disabled = on;
  button.classList.toggle('utrecht-button--busy', on);
  if (on) button.setAttribute('aria-busy', 'true');
  else button.removeAttribute('aria-busy');
}

/** The server's problem type for "set up a second step first" (as components/Feedback.tsx). */
const SECOND_FACTOR_REQUIRED = 'urn:vakkompas:problem:second-factor-required';

/**
 * An error alert (`id`, with its sentence in `id-text` and an optional `id-mfa` paragraph with
 * the link to set up a second step): shown with the error as a sentence, hidden without one.
 */
export function showProblem(id: string, error: unknown, overrides: Record<number, string> = {}) {
  $(id).hidden = !error;
  if (error) $(`${id}-text`).textContent = describeError(t, locale, error, overrides);
  const mfa = document.getElementById(`${id}-mfa`);
  if (mfa) mfa.hidden = !(isApiError(error) && error.problem.type === SECOND_FACTOR_REQUIRED);
}

/**
 * A field's error as components/fields.tsx shows it: the message under the field (`ID-error`),
 * read out with the field (aria-describedby, after its description `ID-description`), the
 * field marked invalid.
 */
export function showFieldError(input: HTMLInputElement, message: string | null) {
  const error = input.closest('.utrecht-form-field')!.querySelector<HTMLElement>('.utrecht-form-field-error-message')!;
  const description = input.closest('.utrecht-form-field')!.querySelector<HTMLElement>('.utrecht-form-field-description');
  error.id = `${input.id}-error`;
  error.hidden = !message;
  error.textContent = message ?? '';
  input.closest('.utrecht-form-field')!.classList.toggle('utrecht-form-field--invalid', !!message);
  input.classList.toggle('utrecht-textbox--invalid', !!message);
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  const ids = [description && !description.hidden ? description.id : '', message ? error.id : ''].filter(Boolean);
  if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
  else input.removeAttribute('aria-describedby');
}
