import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import { TeamPage } from './TeamPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const MEMBERS = [
  { id: 1, name: 'Anna de Vries', email: 'anna@wijkteam.nl', discipline: 'gezinscoach', experience: 'meester', role: 'team_lead' },
  { id: 2, name: 'Bo Jansen', email: 'bo@wijkteam.nl', discipline: '', experience: 'leerling', role: 'member' },
];

const api = (me: typeof ME) => ({
  'GET /me': () => json(200, me),
  'GET /teams/7': () => json(200, { id: 7, name: 'Team Noord', memberCount: 2, myRole: me.teams[0]?.role ?? null }),
  'GET /teams/7/members': () => json(200, { items: MEMBERS }),
  'PUT /teams/7/members/2': () => json(200, { ...MEMBERS[1], role: 'supervisor' }),
});

const opts = { route: '/teams/7', path: '/teams/:teamId' };

describe('TeamPage', () => {
  it('lists members with discipline, experience and role in Dutch', async () => {
    const plain = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
    mockApi(api(plain));
    renderAt(<TeamPage />, opts);
    expect(await screen.findByRole('heading', { level: 1, name: 'Team Noord' })).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Leden van het team (2)' });
    expect(table.textContent).toContain('gezinscoach');
    expect(table.textContent).toContain('meester');
    expect(table.textContent).toContain('teamleider');
    expect(screen.queryByRole('combobox')).toBeNull(); // a member cannot change roles
  });

  it('is the hub of the team: its knowledge, what it learns together and its mirror, with the Ons vak page', async () => {
    const plain = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
    mockApi(api(plain));
    renderAt(<TeamPage />, opts);
    const hub = await screen.findByRole('navigation', { name: 'Wat dit team doet' });
    const links = Object.fromEntries([...hub.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual({
      Teamkaart: '/kennis/teams/7/kaart',
      'Een hulpvraag stellen': '/kennis/teams/7/hulpvraag',
      Scholingsplan: '/kennis/teams/7/scholingsplan',
      'Rode draden': '/teams/7/rode-draden',
      Teamsessies: '/live',
      'Het lied van het team': '/live/teams/7/lied',
      "Dilemma's": '/dilemmas/teams/7',
      Stemrondes: '/dilemmas/teams/7/stemrondes',
      'Het beeld van ons vak': '/vak/teams/7/beeld',
      'De kern van het vak': '/vak/teams/7/kern',
      Vuistregels: '/vuistregels/teams/7',
      'Partners over ons werk': '/partners/teams/7',
      'Ons vak (pdf)': '/api/v1/teams/7/ons-vak.pdf',
    });
    for (const group of ['Kennis in het team', 'Samen leren en praten', 'De spiegel: ons vak'])
      expect(screen.getByRole('heading', { level: 3, name: group })).toBeTruthy();
  });

  it('lets a team lead change a role', async () => {
    const { calls } = mockApi(api(ME));
    renderAt(<TeamPage />, opts);
    const select = await screen.findByLabelText('Rol van Bo Jansen');
    fireEvent.change(select, { target: { value: 'supervisor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Rol van Bo Jansen opslaan' }));
    expect(await screen.findByText('Bo Jansen is nu werkbegeleider/gedragswetenschapper.')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ role: 'supervisor' });
    expect(put?.headers['x-csrf-token']).toBe('csrf-123'); // taken from GET /me
  });

  it('asks before removing someone', async () => {
    const { calls } = mockApi({ ...api(ME), 'DELETE /teams/7/members/2': () => new Response(null, { status: 204 }) });
    renderAt(<TeamPage />, opts);
    fireEvent.click(await screen.findByRole('button', { name: 'Bo Jansen uit het team halen' }));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, uit team halen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
    expect(await screen.findByText('Bo Jansen is uit het team gehaald.')).toBeTruthy();
  });
});
