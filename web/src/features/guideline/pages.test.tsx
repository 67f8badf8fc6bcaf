// The team's matrix (counts with the private ones, shared texts only, an empty cell's question
// leading to the form, the partners' line when there is one and nothing when that part is
// absent), and adding an example from the form.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import type { Matrix } from './api';
import { partnerLine } from './logic';
import { MatrixPage } from './MatrixPage';
import { MinePage } from './MinePage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const member = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
const rules = [
  { key: 'verbinding', name: 'Maak verbinding', description: 'Zoek contact.' },
  { key: 'tegenspraak', name: 'Zoek tegenspraak', description: 'Leg je kijk voor.' },
];
const parts = [
  { key: 'buurt', name: 'De buurt versterken' },
  { key: 'partner', name: 'Strategisch partner van de gemeente' },
];
const matrix: Matrix = {
  rules, parts, contributors: 3,
  cells: [
    { ruleKey: 'verbinding', partKey: 'buurt', count: 3, examples: [{ id: 1, text: 'Koffie in het buurthuis.', source: 'lid', mine: false }, { id: 2, text: 'Samen de straat rond.', source: 'sessie', mine: true }], question: null },
    { ruleKey: 'verbinding', partKey: 'partner', count: 1, examples: [], question: null },
    { ruleKey: 'tegenspraak', partKey: 'buurt', count: 0, examples: [], question: "Waar zien jullie 'Zoek tegenspraak' bij 'De buurt versterken'?" },
    { ruleKey: 'tegenspraak', partKey: 'partner', count: 2, examples: [{ id: 3, text: 'De wethouder kreeg ons lijstje.', source: 'lid', mine: false }], question: null },
  ],
  loadings: [{ ruleKey: 'verbinding', count: 2, lines: ['Eerst luisteren.'] }, { ruleKey: 'tegenspraak', count: 0, lines: [] }],
};

describe('MatrixPage', () => {
  it('shows counts, the shared examples and an empty cell as a question to the team', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/guideline': () => json(200, matrix),
      // the partners part is absent: 404 (unknown in the mock)
    });
    renderAt(<MatrixPage />, { route: '/vuistregels/teams/7', path: '/vuistregels/teams/:teamId' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vuistregels van Team Noord' })).toBeTruthy();
    expect(screen.getByText('3 van de 4 vakjes hebben een voorbeeld. 3 collega\'s dachten mee.')).toBeTruthy();
    // the laptop table: rules as rows, parts as columns
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Vuistregel', 'De buurt versterken', 'Strategisch partner van de gemeente']);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('Maak verbinding');
    expect(within(rows[1]).getByText('3 voorbeelden')).toBeTruthy();
    expect(within(rows[1]).getByText('Koffie in het buurthuis.')).toBeTruthy();
    expect(within(rows[1]).getByText('(uit een teamsessie)')).toBeTruthy();
    expect(within(rows[1]).getByText('Nog geen voorbeeld gedeeld.')).toBeTruthy();
    const question = within(rows[2]).getByText("Waar zien jullie 'Zoek tegenspraak' bij 'De buurt versterken'?");
    expect(question).toBeTruthy();
    expect(within(rows[2]).getByRole('link', { name: 'Voeg een voorbeeld toe' }).getAttribute('href'))
      .toBe('/vuistregels/teams/7/mijn?regel=tegenspraak&onderdeel=buurt');
    // the phone list: one section per rule with a heading per part
    expect(screen.getByRole('heading', { level: 2, name: 'Zoek tegenspraak' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3, name: 'De buurt versterken' })).toHaveLength(2);
    // loadings: counts and shared lines
    expect(screen.getByText('Eerst luisteren.')).toBeTruthy();
    // no partners' line and no error while the partners part is absent
    await waitFor(() => expect(screen.queryByText(/Partners herkennen dit/)).toBeNull());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the partners per rule beside the team\'s own view', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/guideline': () => json(200, matrix),
      'GET /teams/7/partner-view': () => json(200, { visible: true, answerCount: 6, roundId: 3, rules: [
        { ruleKey: 'verbinding', herken: 5, soms: 1, niet: 0 }, { ruleKey: 'tegenspraak', herken: 2, soms: 2, niet: 2 }] }),
    });
    renderAt(<MatrixPage />, { route: '/vuistregels/teams/7', path: '/vuistregels/teams/:teamId' });
    const rows = within(await screen.findByRole('table')).getAllByRole('row');
    expect(await within(rows[1]).findByText('Partners herkennen dit: 5 van 6')).toBeTruthy();
    expect(within(rows[2]).getByText('Partners herkennen dit: 2 van 6')).toBeTruthy();
    expect(calls.some((c) => c.path === '/teams/7/partner-view')).toBe(true);
  });
});

describe('partnerLine', () => {
  it('is nothing until the partners view is visible', () => {
    expect(partnerLine(null, 'verbinding')).toBeNull();
    expect(partnerLine({ visible: false, answerCount: 4 }, 'verbinding')).toBeNull();
    expect(partnerLine({ visible: true, answerCount: 5, rules: [{ ruleKey: 'stem', herken: 1, soms: 2, niet: 2 }] }, 'verbinding')).toBeNull();
    expect(partnerLine({ visible: true, answerCount: 5, rules: [{ ruleKey: 'stem', herken: 1, soms: 2, niet: 2 }] }, 'stem')).toEqual({ herken: 1, of: 5 });
  });
});

describe('MinePage', () => {
  it('adds an example for the cell it came from, shared when asked', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/guideline': () => json(200, matrix),
      'GET /teams/7/guideline/mine': () => json(200, { examples: [], loadings: [] }),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'POST /teams/7/guideline/examples': () => json(201, { id: 9, teamId: 7, ruleKey: 'tegenspraak', partKey: 'buurt', text: 'x', shared: true, source: 'lid', createdAt: '', updatedAt: '' }),
    });
    renderAt(<MinePage />, { route: '/vuistregels/teams/7/mijn?regel=tegenspraak&onderdeel=buurt', path: '/vuistregels/teams/:teamId/mijn' });
    const rule = (await screen.findByLabelText('Vuistregel')) as HTMLSelectElement;
    expect(rule.value).toBe('tegenspraak');
    expect((screen.getByLabelText('Onderdeel van de opdracht') as HTMLSelectElement).value).toBe('buurt');
    expect(screen.getByText('Je hebt nog geen voorbeelden.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Je voorbeeld/), { target: { value: 'We vroegen de buurtvereniging wat zij anders zagen.' } });
    fireEvent.click(screen.getByLabelText('Deel met het team'));
    fireEvent.click(screen.getByRole('button', { name: 'Voorbeeld bewaren' }));
    expect(await screen.findByText('Je voorbeeld is bewaard en gedeeld met het team.')).toBeTruthy();
    const post = calls.find((c) => c.method === 'POST' && c.path === '/teams/7/guideline/examples')!;
    expect(post.body).toEqual({ ruleKey: 'tegenspraak', partKey: 'buurt', text: 'We vroegen de buurtvereniging wat zij anders zagen.', shared: true });
  });

  it('lets the author stop sharing and delete their own example', async () => {
    const mine = { id: 4, teamId: 7, ruleKey: 'verbinding', partKey: 'buurt', text: 'Koffie in het buurthuis.', shared: true, source: 'lid', createdAt: '', updatedAt: '' };
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/guideline': () => json(200, matrix),
      'GET /teams/7/guideline/mine': () => json(200, { examples: [mine], loadings: [] }),
      'PUT /guideline-examples/4': () => json(200, { ...mine, shared: false }),
      'DELETE /guideline-examples/4': () => new Response(null, { status: 204 }),
    });
    renderAt(<MinePage />, { route: '/vuistregels/teams/7/mijn', path: '/vuistregels/teams/:teamId/mijn' });
    expect(await screen.findByText(/Maak verbinding · De buurt versterken · gedeeld met het team/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Niet meer delen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ shared: false });
    fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.path === '/guideline-examples/4')).toBe(true));
  });
});

describe('DifferPanel', () => {
  it('shows the five widest differences, or how many responded, or that the picture is absent', async () => {
    const { DifferPanel } = await import('./DifferPanel');
    const item = (i: number, spread: number) => ({ statementKey: `s${i}`, themeKey: 'team', themeTitle: 'Het team', text: `Uitspraak ${i}`, herken: 3, anders: 3, current: 1, spread });
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/craft-picture/differences': () => json(200, { visible: true, responders: 6, items: [item(1, 0.2), item(2, 0.9), item(3, 0.5), item(4, 0.8), item(5, 0.1), item(6, 0.7)] }),
    });
    const { unmount } = renderAt(<DifferPanel teamId={7} />);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('.vk-gl-differ__text')!.textContent))
      .toEqual(['Uitspraak 2', 'Uitspraak 4', 'Uitspraak 6', 'Uitspraak 3', 'Uitspraak 1']);
    expect(screen.getAllByText('3 herkennen het, 3 zien het bij ons anders, 1 zeggen: speelt nu')).toHaveLength(5);
    unmount();
    vi.unstubAllGlobals();
    mockApi({ 'GET /teams/7/craft-picture/differences': () => json(200, { visible: false, responders: 2 }) });
    const hidden = renderAt(<DifferPanel teamId={7} />);
    expect(await screen.findByText(/2 collega's vulden het beeld van het vak in/)).toBeTruthy();
    hidden.unmount();
    vi.unstubAllGlobals();
    mockApi({});
    renderAt(<DifferPanel teamId={7} />);
    expect(await screen.findByText(/Het beeld van het vak is er nog niet/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
