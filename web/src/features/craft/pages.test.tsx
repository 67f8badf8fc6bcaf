// The pages of the craft part: filling in the picture (toggle buttons with aria-pressed, the
// progress, the body sent, a private line), the team view hidden below the threshold (the count
// alone) and shown with shared lines, the differences, and the core's words needed for "mist".
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import { CoreFillPage, TeamCorePage } from './CorePages';
import { FillPicturePage } from './FillPicturePage';
import { DifferencesPage, TeamPicturePage } from './TeamPages';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const member = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
const picture = {
  intro: 'Leg het beeld naast je werk.',
  themes: [
    { key: 'werker', title: 'De werker', intro: 'Wie je bent.', statements: [
      { key: 'werker-menselijk', text: 'Menselijkheid drijft ons werk.', edited: false },
      { key: 'werker-stem', text: 'We geven huishoudens een stem.', edited: false },
    ] },
    { key: 'team', title: 'Het team', intro: 'Thuisbasis.', statements: [{ key: 'team-duo', text: 'We werken in duo\'s.', edited: false }] },
  ],
};

describe('FillPicturePage', () => {
  it('toggles, shows progress and sends the answers and the private line', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /craft-picture': () => json(200, picture),
      'GET /teams/7/craft-picture/me': () => json(200, { answers: [{ statementKey: 'team-duo', recognition: null, current: true }], lines: [] }),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'PUT /teams/7/craft-picture/me': (c) => json(200, c.body),
    });
    renderAt(<FillPicturePage />, { route: '/vak/teams/7/beeld/invullen', path: '/vak/teams/:teamId/beeld/invullen' });
    expect(await screen.findByText('1 van 3 ingevuld')).toBeTruthy();
    const first = screen.getByRole('group', { name: 'Menselijkheid drijft ons werk.' });
    const herken = within(first).getByRole('button', { name: 'Herken ik' });
    const anders = within(first).getByRole('button', { name: 'Bij ons anders' });
    expect(herken.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(herken);
    expect(herken.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(anders);  // excludes herken
    expect(herken.getAttribute('aria-pressed')).toBe('false');
    expect(anders.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(first).getByRole('button', { name: 'Speelt nu bij ons' }));
    expect(screen.getByText(/2 van 3 ingevuld/)).toBeTruthy();
    expect(screen.getByText(/nog niet opgeslagen/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Je eigen regel bij De werker/), { target: { value: 'Bij ons vooral thuis.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Opgeslagen: 2 van 3/)).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      answers: [
        { statementKey: 'werker-menselijk', recognition: 'anders', current: true },
        { statementKey: 'team-duo', recognition: null, current: true },
      ],
      lines: [{ themeKey: 'werker', text: 'Bij ons vooral thuis.', shared: false }],
    });
  });
});

describe('TeamPicturePage', () => {
  it('shows only the count below the threshold', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/craft-picture': () => json(200, { responders: 2, minResponders: 3, visible: false }),
    });
    renderAt(<TeamPicturePage />, { route: '/vak/teams/7/beeld', path: '/vak/teams/:teamId/beeld' });
    expect(await screen.findByText("2 collega's deden mee. Het beeld van het team verschijnt vanaf 3 deelnemers.")).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'De werker' })).toBeNull();
  });

  it('shows the counts, the shared lines and the words', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/craft-picture': () => json(200, {
        responders: 4, minResponders: 3, visible: true,
        themes: [{ key: 'team', title: 'Het team', recognised: 3, differs: 1, current: 2,
          statements: [{ key: 'team-duo', text: 'We werken in duo\'s.', herken: 3, anders: 1, current: 2, answered: 4 }],
          lines: ['We zijn soms te lief.'], words: [{ word: 'duo', count: 3 }] }],
      }),
    });
    renderAt(<TeamPicturePage />, { route: '/vak/teams/7/beeld', path: '/vak/teams/:teamId/beeld' });
    expect(await screen.findByRole('heading', { name: 'Het team' })).toBeTruthy();
    expect(screen.getByText('Herken ik: 3 · Bij ons anders: 1 · Speelt nu: 2 (van 4)')).toBeTruthy();
    expect(screen.getByText('We zijn soms te lief.')).toBeTruthy();
    expect(screen.getByText(/duo/, { selector: 'li' })).toBeTruthy();
  });
});

describe('DifferencesPage', () => {
  it('lists the statements in the order the server gives (widest spread first), with the counts in words', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/craft-picture/differences': () => json(200, {
        responders: 6, minResponders: 3, visible: true,
        items: [
          { statementKey: 'a', themeKey: 'team', themeTitle: 'Het team', text: 'Veilig zonder pamperen.', herken: 3, anders: 3, current: 1, answered: 6, spread: 1 },
          { statementKey: 'b', themeKey: 'werker', themeTitle: 'De werker', text: 'Menselijk.', herken: 6, anders: 0, current: 0, answered: 6, spread: 0 },
        ],
      }),
    });
    renderAt(<DifferencesPage />, { route: '/vak/teams/7/verschillen', path: '/vak/teams/:teamId/verschillen' });
    const list = await screen.findByRole('list', { name: 'Uitspraken met de meeste spreiding eerst (6 deelnemers)' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0].textContent).toContain('Veilig zonder pamperen.');
    expect(items[0].textContent).toContain('3 herkennen het · 3 bij ons anders · 1 speelt nu');
    expect(items[1].textContent).toContain('Menselijk.');
  });
});

describe('Core pages', () => {
  it('asks for words when something is missing, then sends the response', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /craft-core': () => json(200, { intro: 'De kern.', parts: [{ key: 'context', title: 'De context', text: 'We horen bij de wijk.', questions: ['Hoe ken je je wijk?'] }] }),
      'GET /teams/7/craft-core/me': () => json(200, { responses: [] }),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'PUT /teams/7/craft-core/me': (c) => json(200, c.body),
    });
    renderAt(<CoreFillPage />, { route: '/vak/teams/7/kern/invullen', path: '/vak/teams/:teamId/kern/invullen' });
    fireEvent.click(await screen.findByLabelText('Ik mis iets'));
    const save = screen.getByRole('button', { name: 'Reacties opslaan' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(/Wat mis je\?/), { target: { value: 'Geld en regels.' } });
    fireEvent.click(screen.getByLabelText('Mijn team, zonder naam'));
    fireEvent.click(save);
    expect(await screen.findByText('Je reacties zijn opgeslagen.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      responses: [{ partKey: 'context', fit: 'mist', text: 'Geld en regels.', share: 'team' }],
    });
  });

  it('shows the team core count alone below five', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /teams/7/craft-core': () => json(200, { responders: 4, minResponders: 5, visible: false }),
    });
    renderAt(<TeamCorePage />, { route: '/vak/teams/7/kern', path: '/vak/teams/:teamId/kern' });
    expect(await screen.findByText("4 collega's reageerden. De reacties van het team verschijnen vanaf 5 deelnemers.")).toBeTruthy();
  });
});
