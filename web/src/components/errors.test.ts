import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { describeError } from './errors';
import nl from '../i18n/nl.json';

const messages: Record<string, string> = nl;
const t = (id: string, values?: Record<string, string | number>) =>
  (messages[id] ?? id).replace(/\{(\w+)[^}]*\}.*\}|\{(\w+)\}/g, (_m, a: string, b: string) => String(values?.[a ?? b] ?? ''));

describe('describeError', () => {
  it('shows the Dutch title and detail from the server', () => {
    const e = new ApiError(409, { title: 'Team bestaat al', detail: 'Kies een andere naam.' });
    expect(describeError(t, 'nl', e)).toBe('Team bestaat al. Kies een andere naam.');
  });

  it('lets a page say what a status means there', () => {
    const e = new ApiError(401, { title: 'Niet ingelogd' });
    expect(describeError(t, 'nl', e, { 401: 'login.error.wrongCredentials' })).toBe(nl['login.error.wrongCredentials']);
  });

  it('falls back to a readable message per status', () => {
    expect(describeError(t, 'nl', new ApiError(403, {}))).toBe(nl['error.status.403']);
    expect(describeError(t, 'nl', new ApiError(503, {}))).toBe(nl['error.status.500']);
    expect(describeError(t, 'en', new ApiError(403, { title: 'Geen toegang' }))).toBe(nl['error.status.403']);
  });

  it('explains network trouble and unknown errors', () => {
    expect(describeError(t, 'nl', new ApiError(0, {}))).toBe(nl['error.network']);
    expect(describeError(t, 'nl', new Error('boom'))).toBe(nl['error.unexpected']);
  });

  it('adds when to try again on 429', () => {
    const e = new ApiError(429, { title: 'Te veel pogingen' }, 120);
    expect(describeError(t, 'nl', e)).toContain('2');
  });
});
