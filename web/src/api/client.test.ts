import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, setCsrfToken } from './client';
import { json, mockApi, problem } from '../test/utils';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('gets JSON from /api/v1 with same-origin credentials and no CSRF header', async () => {
    setCsrfToken('tok');
    const { calls } = mockApi({ 'GET /teams': () => json(200, { items: [{ id: 1 }] }) });
    await expect(api.get('/teams')).resolves.toEqual({ items: [{ id: 1 }] });
    expect(calls[0].credentials).toBe('same-origin');
    expect(calls[0].headers['x-csrf-token']).toBeUndefined();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('sends X-CSRF-Token on %s', async (method) => {
    setCsrfToken('tok-42');
    const { calls } = mockApi({ [`${method} /x`]: () => new Response(null, { status: 204 }) });
    await api[method.toLowerCase() as 'post'](`/x`, method === 'DELETE' ? undefined : { a: 1 });
    expect(calls[0].headers['x-csrf-token']).toBe('tok-42');
    if (method !== 'DELETE') {
      expect(calls[0].headers['content-type']).toBe('application/json');
      expect(calls[0].body).toEqual({ a: 1 });
    }
  });

  it('returns undefined for 204 No Content', async () => {
    mockApi({ 'DELETE /session': () => new Response(null, { status: 204 }) });
    await expect(api.delete('/session')).resolves.toBeUndefined();
  });

  it('turns application/problem+json into a typed ApiError with field errors', async () => {
    mockApi({
      'PUT /me/password': () =>
        problem(400, 'Ongeldige invoer', {
          detail: 'Controleer de velden.',
          errors: [
            { field: 'newPassword', message: 'Minimaal 10 tekens.' },
            { field: 'newPassword', message: 'tweede melding' },
          ],
        }),
    });
    const error = await api.put('/me/password', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.problem.title).toBe('Ongeldige invoer');
    expect(e.problem.detail).toBe('Controleer de velden.');
    expect(e.fieldErrors).toEqual({ newPassword: 'Minimaal 10 tekens.' });
    expect(e.message).toBe('Ongeldige invoer');
  });

  it('reads Retry-After on 429', async () => {
    mockApi({ 'POST /session': () => problem(429, 'Te veel pogingen', {}, { 'Retry-After': '90' }) });
    const e = (await api.post('/session', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(429);
    expect(e.retryAfter).toBe(90);
  });

  it('survives an error body that is not JSON', async () => {
    mockApi({ 'GET /health': () => new Response('Bad gateway', { status: 502, headers: { 'Content-Type': 'text/plain' } }) });
    const e = (await api.get('/health').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.problem.title).toBeUndefined();
  });

  it('reports an unreachable server as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const e = (await api.get('/me').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.isNetworkError).toBe(true);
  });
});
