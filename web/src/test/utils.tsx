import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient, Providers } from '../app/App';
import type { Locale } from '../i18n/I18nProvider';

export interface Call {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
  credentials?: RequestCredentials;
}

type Handler = (call: Call) => Response | Promise<Response>;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/**
 * Replace fetch with a table of handlers keyed "METHOD /path" (path without /api/v1).
 * Unknown requests answer 404 problem. Returns the list of calls made.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/api\/v1/, '');
    const method = (init.method ?? 'GET').toUpperCase();
    const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    const call: Call = {
      method,
      path,
      headers,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      credentials: init.credentials,
    };
    calls.push(call);
    const handler = handlers[`${method} ${path}`];
    if (!handler) return problem(404, 'Niet gevonden');
    return handler(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname}</output>;
}

/** Render a page inside the app's providers at a route. */
export function renderAt(ui: ReactElement, { route = '/', path = '/', locale = 'nl' as Locale } = {}) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false }, mutations: { retry: false } });
  return {
    client,
    ...render(
      <Providers client={client} locale={locale}>
        <MemoryRouter initialEntries={[route]}>
          <Routes>
            <Route path={path} element={ui} />
            <Route path="*" element={<p>elders</p>} />
          </Routes>
          <LocationProbe />
        </MemoryRouter>
      </Providers>,
    ),
  };
}

export const ME = {
  user: { id: 1, name: 'Anna de Vries', email: 'anna@wijkteam.nl', discipline: 'gezinscoach', experience: 'meester', orgAdmin: true },
  organisation: { id: 1, name: 'Wijkteam Oost' },
  teams: [{ id: 7, name: 'Team Noord', role: 'team_lead' }],
  csrfToken: 'csrf-123',
};
