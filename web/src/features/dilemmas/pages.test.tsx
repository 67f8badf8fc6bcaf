// The vote (progress, what is sent, the closed round), the proposal (its body, the privacy
// refusal kept in the field, the message that the team lead looks at it) and the hidden results.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt, type Call } from '../../test/utils';
import { ProposePage } from './ProposePage';
import { ResultsPage } from './ResultsPage';
import { VotePage } from './VotePage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const member = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
const round = (status: 'open' | 'closed', myVotes: unknown[] = []) => ({
  id: 4, teamId: 7, status, openedAt: '2026-11-30T09:00:00Z', closesAt: null, closedAt: null, minVoters: 3, voterCount: 2, liveSessionId: null,
  dilemmas: [
    { key: 'kinderen-of-schulden-eerst', title: 'Eerst de kinderen of eerst de schulden?', tension: 'Kinderen of schulden?' },
    { key: 'snel-of-contact', title: 'Snel of eerst contact?', tension: 'Tempo of relatie?' },
  ],
  myVotes,
});

describe('VotePage', () => {
  it('shows how far you are and sends only the dilemmas with both answers', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /dilemma-rounds/4': () => json(200, round('open', [{ dilemmaKey: 'snel-of-contact', recognisable: 2, current: 'nee' }])),
      'PUT /dilemma-rounds/4/votes': () => json(200, {}),
    });
    renderAt(<VotePage />, { route: '/dilemmas/stemrondes/4', path: '/dilemmas/stemrondes/:roundId' });
    expect(await screen.findByText('1 van 2 ingevuld')).toBeTruthy();
    const first = screen.getByRole('group', { name: /Hoe herkenbaar is dit voor jou\? Eerst de kinderen/ });
    fireEvent.click(within(first).getByLabelText('4'));
    expect(screen.getByText(/1 van 2 ingevuld/)).toBeTruthy();
    fireEvent.click(within(screen.getByRole('group', { name: /Speelt dit nu bij ons\? Eerst de kinderen/ })).getByLabelText('Soms'));
    expect(screen.getByText(/2 van 2 ingevuld/)).toBeTruthy();
    expect(screen.getByText(/nog niet opgeslagen/)).toBeTruthy();
    // no close button for a plain member
    expect(screen.queryByRole('button', { name: 'Stemronde sluiten' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stem opslaan' }));
    expect(await screen.findByText(/Je stem is opgeslagen: 2 van 2/)).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ votes: [
      { dilemmaKey: 'kinderen-of-schulden-eerst', recognisable: 4, current: 'soms' },
      { dilemmaKey: 'snel-of-contact', recognisable: 2, current: 'nee' },
    ] });
  });

  it('says so when the round closed meanwhile', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /dilemma-rounds/4': () => json(200, round('open', [{ dilemmaKey: 'snel-of-contact', recognisable: 2, current: 'nee' }])),
      'PUT /dilemma-rounds/4/votes': () => problem(409, 'De stemronde is gesloten'),
    });
    renderAt(<VotePage />, { route: '/dilemmas/stemrondes/4', path: '/dilemmas/stemrondes/:roundId' });
    fireEvent.click(await screen.findByRole('button', { name: 'Stem opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('De stemronde is gesloten. Je stem kan niet meer veranderen.');
  });

  it('lets the team lead close the round after a confirmation', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'GET /dilemma-rounds/4': () => json(200, round('open')),
      'POST /dilemma-rounds/4/close': () => json(200, { ...round('closed'), status: 'closed' }),
    });
    renderAt(<VotePage />, { route: '/dilemmas/stemrondes/4', path: '/dilemmas/stemrondes/:roundId' });
    fireEvent.click(await screen.findByRole('button', { name: 'Stemronde sluiten' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Stemronde sluiten?' });
    expect(dialog.textContent).toMatch(/minder dan 3/);
    expect(calls.some((c) => c.path.endsWith('/close'))).toBe(false);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, sluiten' }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/dilemmas/stemrondes/4/uitslag'));
    expect(calls.filter((c) => c.path.endsWith('/close'))).toHaveLength(1);
  });
});

describe('ProposePage', () => {
  const fill = () => {
    fireEvent.change(screen.getByLabelText('Korte titel'), { target: { value: 'Snel of eerst contact?' } });
    fireEvent.change(screen.getByLabelText('De spanning'), { target: { value: 'Gaan we meteen regelen of eerst kennismaken?' } });
    fireEvent.change(screen.getByLabelText('Keuze A'), { target: { value: 'Meteen regelen' } });
    fireEvent.change(screen.getByLabelText('Keuze B'), { target: { value: 'Eerst kennismaken' } });
  };

  it('sends the heart of the dilemma and says the team lead looks at it', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'POST /teams/7/dilemma-proposals': () => json(201, { id: 1 }),
    });
    renderAt(<ProposePage />, { route: '/dilemmas/teams/7/voorstellen/nieuw', path: '/dilemmas/teams/:teamId/voorstellen/nieuw' });
    await screen.findByText(/De teamleider van Team Noord/);
    fill();
    fireEvent.change(screen.getByLabelText('Toelichting'), { target: { value: 'Speelt vaak bij nieuwe aanmeldingen.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel insturen' }));
    expect(await screen.findByText(/De teamleider kijkt ernaar/)).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST' && c.path === '/teams/7/dilemma-proposals')!;
    expect(post.body).toMatchObject({
      title: 'Snel of eerst contact?', tension: 'Gaan we meteen regelen of eerst kennismaken?',
      a: { choice: 'Meteen regelen', cost: '', values: [] }, b: { choice: 'Eerst kennismaken', cost: '', values: [] },
      note: 'Speelt vaak bij nieuwe aanmeldingen.',
    });
    expect(post.body).not.toHaveProperty('privacyConfirmed');
    expect((screen.getByLabelText('Korte titel') as HTMLInputElement).value).toBe('');
  });

  it('keeps a refused text in its field and offers the placeholder', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'POST /teams/7/dilemma-proposals': (c: Call) => {
        const cost = (c.body as { a: { cost: string } }).a.cost;
        const start = cost.indexOf('Jan Jansen');
        return problem(422, 'Er staan mogelijk gegevens van een inwoner in.', {
          findings: [{ field: 'a.cost', kind: 'name', start, end: start + 10, text: 'Jan Jansen', placeholder: '[naam]', refused: false }],
        });
      },
    });
    renderAt(<ProposePage />, { route: '/dilemmas/teams/7/voorstellen/nieuw', path: '/dilemmas/teams/:teamId/voorstellen/nieuw' });
    await screen.findByText(/De teamleider van Team Noord/);
    fill();
    fireEvent.change(screen.getByLabelText('Wat kost keuze A?'), { target: { value: 'Jan Jansen haakt af.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel insturen' }));
    expect(await screen.findByRole('button', { name: /Vervang door \[naam\]: Jan Jansen/ })).toBeTruthy();
    expect((screen.getByLabelText('Wat kost keuze A?') as HTMLTextAreaElement).value).toBe('Jan Jansen haakt af.');
    expect(screen.queryByText(/De teamleider kijkt ernaar/)).toBeNull();
  });
});

describe('ResultsPage', () => {
  it('shows only the count while the results are hidden', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /dilemma-rounds/4/results': () => json(200, { round: round('closed'), visible: false, voterCount: 2, minVoters: 3, ranking: [] }),
    });
    renderAt(<ResultsPage />, { route: '/dilemmas/stemrondes/4/uitslag', path: '/dilemmas/stemrondes/:roundId/uitslag' });
    expect(await screen.findByText(/er stemden 2 mensen en er zijn er minstens 3 nodig/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the ranking with the change in words and the distribution as numbers', async () => {
    const entry = (key: string, rank: number, previousRank: number | null) => ({
      dilemmaKey: key, title: `Dilemma ${key}`, rank, previousRank, change: previousRank === null ? null : previousRank - rank, votes: 4,
      recognisable: [0, 1, 0, 2, 1], recognisableMean: 3.75, current: { ja: 3, soms: 1, nee: 0 }, score: 0.8,
    });
    mockApi({
      'GET /me': () => json(200, member),
      'GET /dilemma-rounds/4/results': () => json(200, { round: round('closed'), visible: true, voterCount: 4, minVoters: 3,
        ranking: [entry('a', 1, 3), entry('b', 2, null)] }),
    });
    renderAt(<ResultsPage />, { route: '/dilemmas/stemrondes/4/uitslag', path: '/dilemmas/stemrondes/:roundId/uitslag' });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('2 plaatsen gestegen')).toBeTruthy();
    expect(within(table).getByText('nieuw in de ranglijst')).toBeTruthy();
    expect(within(table).getAllByText('3 van 4 ja')).toHaveLength(2);
    expect(screen.getAllByText('2 (50%)').length).toBeGreaterThan(0);
  });
});
