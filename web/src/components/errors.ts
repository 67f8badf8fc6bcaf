import { ApiError } from '../api/client';
import type { Locale } from '../i18n/I18nProvider';

type T = (id: string, values?: Record<string, string | number>) => string;

const GENERIC: Record<number, string> = {
  400: 'error.status.400',
  401: 'error.status.401',
  403: 'error.status.403',
  404: 'error.status.404',
  409: 'error.status.409',
  410: 'error.status.410',
  413: 'error.status.413',
  429: 'error.status.429',
};

/**
 * A readable sentence for any error a page can meet. `overrides` maps a status to a message id
 * that says what that status means on this page (401 on the log-in page: wrong password).
 */
export function describeError(t: T, locale: Locale, error: unknown, overrides: Record<number, string> = {}): string {
  if (!(error instanceof ApiError)) return t('error.unexpected');
  if (error.isNetworkError) return t('error.network');
  const override = overrides[error.status];
  if (override) return withRetry(t, error, t(override));
  if (error.status === 429) return withRetry(t, error, t('error.status.429'));
  const { title, detail } = error.problem;
  if (locale === 'nl' && title) return detail && detail !== title ? `${title}. ${detail}` : title;
  const generic = GENERIC[error.status] ?? (error.status >= 500 ? 'error.status.500' : 'error.unexpected');
  return t(generic);
}

function withRetry(t: T, error: ApiError, message: string): string {
  if (error.status !== 429 || error.retryAfter == null) return message;
  const minutes = Math.max(1, Math.ceil(error.retryAfter / 60));
  return `${message} ${t('error.retryAfter', { minutes })}`;
}

/** Field errors the server sent (problem.errors), keyed by field name. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  return error instanceof ApiError ? error.fieldErrors : {};
}
