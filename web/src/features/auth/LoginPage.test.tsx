import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt } from '../../test/utils';
import { LoginPage } from './LoginPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const loggedOut = {
  'GET /me': () => problem(401, 'Niet ingelogd'),
  'GET /setup': () => json(200, { needed: false }),
};

describe('LoginPage', () => {
  it('has labelled fields and a Dutch title', async () => {
    mockApi(loggedOut);
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(screen.getByLabelText('E-mailadres')).toHaveProperty('type', 'email');
    expect(screen.getByLabelText('Wachtwoord')).toHaveProperty('type', 'password');
    await waitFor(() => expect(document.title).toBe('Inloggen – Vakkompas'));
  });

  it('validates before sending: empty and malformed input get Dutch messages, announced', async () => {
    const { calls } = mockApi(loggedOut);
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    fireEvent.click(await screen.findByRole('button', { name: 'Inloggen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er zijn 2 dingen om te verbeteren');
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toBe('Vul je e-mailadres in.');

    fireEvent.change(email, { target: { value: 'anna@' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'geheim' } });
    expect(await screen.findAllByText('Vul een e-mailadres in zoals naam@organisatie.nl.')).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('shows a readable Dutch message for wrong credentials', async () => {
    mockApi({ ...loggedOut, 'POST /session': () => problem(401, 'Unauthorized') });
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'anna@wijkteam.nl' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'verkeerd wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('tells how long to wait after too many attempts', async () => {
    mockApi({ ...loggedOut, 'POST /session': () => problem(429, 'Te veel pogingen', {}, { 'Retry-After': '300' }) });
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: 'anna@wijkteam.nl' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('over 5 minuten');
  });

  it('logs in and goes to my teams', async () => {
    const { calls } = mockApi({ ...loggedOut, 'POST /session': () => json(200, ME) });
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    fireEvent.change(await screen.findByLabelText('E-mailadres'), { target: { value: ' anna@wijkteam.nl ' } });
    fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: 'een goed wachtwoord' } });
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ email: 'anna@wijkteam.nl', password: 'een goed wachtwoord' });
  });

  it('sends an empty installation to set-up', async () => {
    mockApi({ ...loggedOut, 'GET /setup': () => json(200, { needed: true }) });
    renderAt(<LoginPage />, { route: '/inloggen', path: '/inloggen' });
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/installatie'));
  });
});
