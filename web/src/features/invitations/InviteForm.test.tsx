import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import type { CreatedInvitation, TeamSummary } from '../../api/types';
import { json, mockApi, problem, renderAt } from '../../test/utils';
import { InviteForm } from './InviteForm';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const TEAMS: TeamSummary[] = [
  { id: 3, name: 'Team Noord', memberCount: 4, myRole: 'team_lead' },
  { id: 4, name: 'Team Zuid', memberCount: 2, myRole: null },
];

const CREATED: CreatedInvitation = {
  id: 11, email: 'bo@wijkteam.nl', name: 'Bo Jansen', teamId: 4, teamName: 'Team Zuid', role: 'supervisor',
  discipline: 'gedragswetenschapper', experience: 'gezel', orgAdmin: false, createdAt: '2026-11-23T10:00:00Z',
  expiresAt: '2026-12-07T10:00:00Z', status: 'open', token: 'abc', link: '/uitnodiging/abc',
};

function fill() {
  fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Bo Jansen' } });
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'bo@wijkteam.nl' } });
  fireEvent.change(screen.getByLabelText('Team'), { target: { value: '4' } });
  fireEvent.change(screen.getByLabelText('Rol'), { target: { value: 'supervisor' } });
  fireEvent.change(screen.getByLabelText('Discipline'), { target: { value: 'gedragswetenschapper' } });
  fireEvent.change(screen.getByLabelText('Ervaring'), { target: { value: 'gezel' } });
}

describe('InviteForm', () => {
  it('labels every field and offers roles and experience in Dutch', () => {
    mockApi({});
    renderAt(<InviteForm teams={TEAMS} onCreated={() => {}} />);
    const role = screen.getByLabelText('Rol') as HTMLSelectElement;
    expect([...role.options].map((o) => o.textContent)).toEqual(['lid', 'werkbegeleider/gedragswetenschapper', 'teamleider']);
    const exp = screen.getByLabelText('Ervaring') as HTMLSelectElement;
    expect([...exp.options].map((o) => o.textContent)).toEqual(['Maak een keuze', 'leerling', 'gezel', 'meester']);
    expect(screen.getByLabelText('Beheerder van de organisatie')).toHaveProperty('type', 'checkbox');
    expect(document.querySelectorAll('#invite-discipline-suggestions option').length).toBe(7);
  });

  it('requires name, a valid e-mail address, a team and the experience', async () => {
    const { calls } = mockApi({});
    renderAt(<InviteForm teams={TEAMS} onCreated={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Er zijn 4 dingen om te verbeteren');
    for (const text of ['Vul een naam in.', 'Vul een e-mailadres in.', 'Kies een team.', 'Kies de ervaring.']) {
      expect(screen.getAllByText(text).length).toBe(2); // in the summary and at the field
    }
    expect(screen.getByLabelText('Team').getAttribute('aria-invalid')).toBe('true');
    expect(calls).toHaveLength(0);
  });

  it('posts the invitation with the CSRF token and hands back the link', async () => {
    setCsrfToken('csrf-9');
    const { calls } = mockApi({
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'POST /invitations': () => json(201, CREATED),
    });
    const onCreated = vi.fn();
    renderAt(<InviteForm teams={TEAMS} onCreated={onCreated} />);
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(CREATED));
    // the discipline is privacy-checked first (its own call), then the invitation is posted
    expect(calls.find((c) => c.path === '/privacy-checks')?.body).toEqual({ text: 'gedragswetenschapper' });
    const post = calls.find((c) => c.method === 'POST' && c.path === '/invitations')!;
    expect(post.headers['x-csrf-token']).toBe('csrf-9');
    expect(post.body).toEqual({
      name: 'Bo Jansen', email: 'bo@wijkteam.nl', teamId: 4, role: 'supervisor',
      discipline: 'gedragswetenschapper', experience: 'gezel', orgAdmin: false,
    });
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('');
  });

  it('shows the server field errors at the fields', async () => {
    mockApi({
      'POST /invitations': () =>
        problem(400, 'Ongeldige invoer', { errors: [{ field: 'email', message: 'Dit e-mailadres is al in gebruik.' }] }),
    });
    renderAt(<InviteForm teams={TEAMS} onCreated={() => {}} />);
    fill();
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging maken' }));
    await waitFor(() => expect(screen.getAllByText('Dit e-mailadres is al in gebruik.').length).toBe(2));
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join(' ')).toContain('Ongeldige invoer');
  });
});
