// The admin's theme editor (keys kept, a new statement without key, at least 4), the
// organisation view hidden until a team counts, and the national page for analysts only.
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt } from '../../test/utils';
import { CraftAdminPage, NationalCraftPage } from './AdminPages';
import { OrgCraftPage } from './HomePages';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const statements = ['Een', 'Twee', 'Drie', 'Vier'].map((text, i) => ({ key: `werker-${i}`, text, edited: false }));
const picture = { intro: 'Intro', themes: [{ key: 'werker', title: 'De werker', intro: 'Wie je bent.', statements }] };

describe('CraftAdminPage', () => {
  it('keeps the keys, sends a new statement without key, and never fewer than four', async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'GET /craft-picture': () => json(200, picture),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'PUT /organisation/craft-picture/themes/werker': (c) => json(200, { ...picture.themes[0], ...(c.body as object) }),
    });
    renderAt(<CraftAdminPage />, { route: '/vak/beheer', path: '/vak/beheer' });
    const section = await screen.findByRole('region', { name: 'De werker' });
    expect((within(section).getByRole('button', { name: 'Uitspraak 1 weghalen' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(section).getByRole('button', { name: 'Uitspraak toevoegen' }));
    fireEvent.change(within(section).getByLabelText('Uitspraak 5'), { target: { value: 'We blijven nieuwsgierig.' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Uitspraak 2 weghalen' }));
    fireEvent.click(within(section).getByRole('button', { name: 'Thema opslaan' }));
    expect(await within(section).findByText('Het thema is opgeslagen.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({
      intro: 'Wie je bent.',
      statements: [{ key: 'werker-0', text: 'Een' }, { key: 'werker-2', text: 'Drie' }, { key: 'werker-3', text: 'Vier' },
        { text: 'We blijven nieuwsgierig.' }],
    });
  });
});

describe('OrgCraftPage', () => {
  it('says how many teams count while nothing shows', async () => {
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /organisation/craft-picture': () => json(200, { teams: 0, minTeamResponders: 5, visible: false }),
      'GET /organisation/craft-core': () => json(200, { teams: 1, minTeamResponders: 5, visible: true,
        parts: [{ key: 'context', title: 'De context', past: 4, mist: 1, anders: 0, texts: ['Landelijk gedeeld.'] }] }),
    });
    renderAt(<OrgCraftPage />, { route: '/vak/organisatie', path: '/vak/organisatie' });
    expect(await screen.findByText('Nog geen team telt mee. Een team telt mee vanaf 5 deelnemers.')).toBeTruthy();
    expect(screen.getByText('Past bij ons: 4 · Mist iets: 1 · Anders gezegd: 0')).toBeTruthy();
    expect(screen.getByText('Landelijk gedeeld.')).toBeTruthy();
  });
});

describe('NationalCraftPage', () => {
  it('is for analysts only', async () => {
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /national-craft': () => problem(403, 'Alleen analisten van de associatie zien het landelijke beeld van het vak.'),
    });
    renderAt(<NationalCraftPage />, { route: '/vak/landelijk', path: '/vak/landelijk' });
    expect(await screen.findByText('Dit deel is voor de analisten van de associatie.')).toBeTruthy();
    expect(screen.queryByLabelText('Bestand van een organisatie importeren')).toBeNull();
  });

  it('shows how many organisations sent a file below three', async () => {
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /national-craft': () => json(200, { visible: false, organisations: 2, minOrganisations: 3 }),
    });
    renderAt(<NationalCraftPage />, { route: '/vak/landelijk', path: '/vak/landelijk' });
    expect(await screen.findByText('Bestanden van 2 organisaties. Het landelijke beeld verschijnt vanaf 3 organisaties.')).toBeTruthy();
    expect(screen.getByLabelText('Bestand van een organisatie importeren')).toBeTruthy();
  });
});
