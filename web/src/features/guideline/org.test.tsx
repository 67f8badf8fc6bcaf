// The organisation's counts: only the count of teams and a hint while no team has five
// contributors; counts per rule x part once visible; the export only for an admin.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import { OrganisationPage } from './OtherPages';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const guideline = {
  rules: [{ key: 'verbinding', name: 'Maak verbinding', description: '' }, { key: 'stem', name: 'Geef stem', description: '' }],
  parts: [{ key: 'buurt', name: 'De buurt versterken', description: '' }],
};
const member = { ...ME, user: { ...ME.user, orgAdmin: false } };

describe('OrganisationPage', () => {
  it('says why nothing shows while no team has five contributors', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /organisation/guideline': () => json(200, { teams: 0, visible: false, minContributors: 5 }),
    });
    renderAt(<OrganisationPage />);
    expect(await screen.findByText(/Nog geen team heeft 5 collega's die meedachten/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bestand downloaden' })).toBeNull();
  });

  it('shows counts per rule and part, and the admin the file for the association', async () => {
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /live/guideline': () => json(200, guideline),
      'GET /organisation/guideline': () => json(200, { teams: 2, visible: true, minContributors: 5, cells: [
        { ruleKey: 'verbinding', partKey: 'buurt', count: 7 }, { ruleKey: 'stem', partKey: 'buurt', count: 0 }] }),
    });
    renderAt(<OrganisationPage />);
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('Maak verbinding');
    expect(within(rows[1]).getByRole('cell').textContent).toBe('7');
    expect(screen.getByText('Over 2 teams.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bestand downloaden' })).toBeTruthy();
  });
});
