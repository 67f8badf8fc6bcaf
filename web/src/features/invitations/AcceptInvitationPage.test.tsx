import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getCsrfToken, setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt } from '../../test/utils';
import { AcceptInvitationPage } from './AcceptInvitationPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const PREVIEW = { organisation: 'Wijkteam Oost', teamName: 'Team Noord', email: 'bo@wijkteam.nl', name: 'Bo', expiresAt: '2026-12-07T10:00:00Z' };
const opts = { route: '/uitnodiging/tok-1', path: '/uitnodiging/:token' };

describe('AcceptInvitationPage', () => {
  it('explains an expired or used link in Dutch', async () => {
    mockApi({ 'GET /me': () => problem(401, 'x'), 'GET /invitation-tokens/tok-1': () => problem(410, 'Verlopen') });
    renderAt(<AcceptInvitationPage />, opts);
    expect((await screen.findByRole('alert')).textContent).toContain('al gebruikt, ingetrokken of verlopen');
  });

  it('explains an unknown link', async () => {
    mockApi({ 'GET /me': () => problem(401, 'x'), 'GET /invitation-tokens/tok-1': () => problem(404, 'Niet gevonden') });
    renderAt(<AcceptInvitationPage />, opts);
    expect((await screen.findByRole('alert')).textContent).toContain('bestaat niet');
  });

  it('accepts with a name and a long enough password, then starts the session', async () => {
    const { calls } = mockApi({
      'GET /me': () => problem(401, 'x'),
      'GET /invitation-tokens/tok-1': () => json(200, PREVIEW),
      'POST /invitation-tokens/tok-1/acceptance': () => json(201, { ...ME, csrfToken: 'fresh' }),
    });
    renderAt(<AcceptInvitationPage />, opts);
    expect(await screen.findByText('Je bent uitgenodigd voor team Team Noord van Wijkteam Oost.')).toBeTruthy();
    expect((screen.getByLabelText('Je naam') as HTMLInputElement).value).toBe('Bo');
    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: 'kort' } });
    fireEvent.change(screen.getByLabelText('Herhaal het wachtwoord'), { target: { value: 'anders' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account maken en inloggen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('minimaal 10 tekens');
    expect(screen.getAllByText('De twee wachtwoorden zijn niet gelijk.').length).toBe(2);

    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: 'lange zin als wachtwoord' } });
    fireEvent.change(screen.getByLabelText('Herhaal het wachtwoord'), { target: { value: 'lange zin als wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account maken en inloggen' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Bo', password: 'lange zin als wachtwoord' });
    expect(getCsrfToken()).toBe('fresh');
  });
});
