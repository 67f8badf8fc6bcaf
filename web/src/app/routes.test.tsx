import { screen, waitFor, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { setCsrfToken } from '../api/client';
import { json, ME, mockApi, problem } from '../test/utils';
import { createQueryClient, Providers } from './App';
import { AppRoutes } from './routes';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

function renderApp(route: string) {
  const client = createQueryClient();
  client.setDefaultOptions({ queries: { retry: false } });
  return render(
    <Providers client={client} locale="nl">
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </Providers>,
  );
}

describe('app routes', () => {
  it('sends a visitor who is not logged in to the log-in page, a page of its own, with where they were', async () => {
    const replace = vi.fn();
    vi.stubGlobal('location', { ...window.location, replace, assign: vi.fn() });
    mockApi({ 'GET /me': () => problem(401, 'Niet ingelogd'), 'GET /setup': () => json(200, { needed: false }) });
    renderApp('/teams/3');
    await waitFor(() => expect(replace).toHaveBeenCalledWith('/inloggen'));
    expect(JSON.parse(window.sessionStorage.getItem('vk-login-arrival')!)).toEqual({ from: '/teams/3' });
    expect(screen.queryByRole('navigation', { name: 'Hoofdmenu' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Direct naar de inhoud' }).getAttribute('href')).toBe('#main');
  });

  it('sends an empty installation to set-up', async () => {
    mockApi({ 'GET /me': () => problem(401, 'Niet ingelogd'), 'GET /setup': () => json(200, { needed: true }) });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vakkompas installeren' })).toBeTruthy();
  });

  it('shows the accessibility statement without logging in', async () => {
    mockApi({ 'GET /me': () => problem(401, 'Niet ingelogd'), 'GET /setup': () => json(200, { needed: false }) });
    renderApp('/toegankelijkheid');
    expect(await screen.findByRole('heading', { level: 1, name: 'Toegankelijkheidsverklaring' })).toBeTruthy();
    expect(screen.getByText(/WCAG\) 2\.2, niveau AA/)).toBeTruthy();
  });

  it('shows my teams with the name in the header and the admin menu', async () => {
    setCsrfToken(null);
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /teams': () => json(200, { items: [{ id: 7, name: 'Team Noord', memberCount: 5, myRole: 'team_lead' }] }),
    });
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Team Noord' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Anna de Vries' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav.textContent).toContain('Uitnodigingen');
    expect(screen.getByRole('link', { name: 'Mijn teams' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('cell', { name: 'teamleider' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Mijn teams – Vakkompas'));
  });

  it('hides admin pages from people who are not admin', async () => {
    mockApi({ 'GET /me': () => json(200, { ...ME, user: { ...ME.user, orgAdmin: false } }) });
    renderApp('/uitnodigingen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Uitnodigingen' })).toBeNull();
  });
});
