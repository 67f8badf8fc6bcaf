import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, renderAt } from '../../test/utils';
import type { TeamMap } from './api';
import { TeamMapPage } from './TeamMapPage';

afterEach(() => vi.unstubAllGlobals());

const catalogue = {
  competences: [],
  domains: [
    { id: 'inkomen', name: 'Inkomen', description: '', aspects: [] },
    { id: 'veiligheid', name: 'Veiligheid', description: '', aspects: [] },
  ],
  groups: [],
};

// The compact answer (ADR 0008): one digit per member in each aspect's levels ('4': meester, hidden).
const map: TeamMap = {
  levelCodes: ['geen', 'leerling', 'gezel', 'meester'],
  hiddenCode: '4',
  domains: ['inkomen', 'veiligheid'],
  disciplines: ['gezinscoach', 'schuldhulpverlener'],
  competencesTotal: 8,
  members: [
    { userId: 3, name: 'Sanne Bakker', discipline: 0, tShape: { competences: 2, covered: [1, 0], top: '31' } },
    { userId: 4, name: 'Youssef El Idrissi', discipline: 1, tShape: { competences: 5, covered: [0, 0], top: '00' } },
  ],
  aspects: [
    { id: 'schuldhulpverlening', name: 'Schuldhulpverlening', domainId: 'inkomen', levels: '40', covered: 1, learners: 0, wishes: 0, nobody: false, single: true, demand: 4 },
    { id: 'huiselijk-geweld', name: 'Huiselijk geweld', domainId: 'veiligheid', levels: '10', covered: 0, learners: 1, wishes: 1, nobody: true, single: false, demand: 0 },
  ],
  days: 90,
};

describe('TeamMapPage', () => {
  it('reads the compact map: levels in words per cell, coverage, T-shape and hidden expertise', async () => {
    mockApi({
      'GET /knowledge/catalogue': () => json(200, catalogue),
      'GET /teams/7/map?days=90': () => json(200, map),
      'GET /teams/7/partners': () => json(200, { items: [] }),
    });
    renderAt(<TeamMapPage />, { route: '/kennis/teams/7/kaart', path: '/kennis/teams/:teamId/kaart' });
    const heatmap = await screen.findByRole('table', { name: 'Kennis per aspect en collega' });
    const debt = within(heatmap).getByRole('rowheader', { name: 'Schuldhulpverlening' }).closest('tr')!;
    const cells = Array.from(debt.querySelectorAll('td')).map((c) => c.textContent);
    expect(cells.slice(0, 2)).toEqual(['meester', 'geen']);
    expect(debt.querySelector('td')!.className).toContain('vk-kn-cell--meester');
    expect(cells[2]).toMatch(/één|1/i);
    expect(cells[3]).toBe('4');
    const violence = within(heatmap).getByRole('rowheader', { name: 'Huiselijk geweld' }).closest('tr')!;
    expect(Array.from(violence.querySelectorAll('td')).map((c) => c.textContent).slice(0, 2)).toEqual(['leerling', 'geen']);
    const columns = within(heatmap).getAllByRole('columnheader').map((c) => c.textContent);
    expect(columns).toEqual(['Kennisaspect', 'Sanne Bakker', 'Youssef El Idrissi', 'Dekking', 'Gevraagd']);

    const tShape = screen.getByRole('table', { name: /T-profiel per collega/ });
    const sanne = within(tShape).getByRole('rowheader', { name: 'Sanne Bakker' }).closest('tr')!;
    expect(sanne.textContent).toContain('2');
    expect(sanne.textContent).toContain('8');
    expect(sanne.textContent).toContain('Inkomen (1, meester)');
    expect(sanne.textContent).not.toContain('Veiligheid');  // reached at leerling, nothing covered
    expect(screen.getByText(/Sanne Bakker.*Schuldhulpverlening/)).toBeTruthy();
  });
});
