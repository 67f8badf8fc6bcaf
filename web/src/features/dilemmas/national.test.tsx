// The national ranking on the organisation ranking page: the admin's export button (only
// while the ranking is visible), the analyst's upload that sends each file as it is, and the
// national ranking that stays hidden below three organisations.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, problem, renderAt } from '../../test/utils';
import { OrgRankingPage } from './OrgRankingPage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const member = { ...ME, user: { ...ME.user, orgAdmin: false } };
const entry = (key: string, title: string, rank: number) => ({
  dilemmaKey: key, title, rank, previousRank: null, change: null, votes: 15,
  recognisable: [0, 0, 0, 15, 0], recognisableMean: 4, current: { ja: 15, soms: 0, nee: 0 }, score: 0.85,
});
const visible = (analyst = false) => ({ visible: true, teams: 3, analyst, ranking: [entry('snel-of-contact', 'Snel of eerst contact?', 1)] });
const file = { kind: 'vakkompas-dilemma-ranking', version: 1, source: 'Wijkteam Oost', period: '2026-12', teams: 3, ranking: [] };
const route = { route: '/dilemmas/ranglijst', path: '/dilemmas/ranglijst' };

describe('OrgRankingPage, to the national ranking', () => {
  it('lets an admin download the file once the ranking is visible', async () => {
    const created = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() }));
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'GET /organisation/dilemma-ranking': () => json(200, visible()),
      'GET /organisation/dilemma-ranking/export': () => json(200, file),
    });
    renderAt(<OrgRankingPage />, route);
    fireEvent.click(await screen.findByRole('button', { name: 'Exporteer voor de landelijke ranglijst' }));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(calls.some((c) => c.path === '/organisation/dilemma-ranking/export')).toBe(true);
    // not an analyst: no national part, and no call for it
    expect(screen.queryByText('Landelijke ranglijst')).toBeNull();
    expect(calls.some((c) => c.path === '/national-dilemma-ranking')).toBe(false);
  });

  it('shows no export button to a member, nor while the ranking is hidden', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /organisation/dilemma-ranking': () => json(200, visible()),
    });
    renderAt(<OrgRankingPage />, route);
    expect(await screen.findByText('Snel of eerst contact?')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Exporteer voor de landelijke ranglijst' })).toBeNull();
  });

  it('hides the export button from an admin while the ranking is not visible', async () => {
    mockApi({
      'GET /me': () => json(200, ME),
      'GET /organisation/dilemma-ranking': () => json(200, { visible: false, teams: 2, analyst: false }),
    });
    renderAt(<OrgRankingPage />, route);
    expect(await screen.findByText(/Nog niet zichtbaar: 2 teams tellen mee/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Exporteer voor de landelijke ranglijst' })).toBeNull();
  });

  it('lets an analyst upload files and shows the national ranking from three organisations', async () => {
    let organisations = 2;
    const { calls } = mockApi({
      'GET /me': () => json(200, member),
      'GET /organisation/dilemma-ranking': () => json(200, { visible: false, teams: 0, analyst: true }),
      'GET /national-dilemma-ranking': () =>
        json(200, organisations < 3
          ? { visible: false, organisations }
          : { visible: true, organisations, sources: ['A', 'B', 'Wijkteam Oost'], ranking: [entry('kinderen-of-schulden-eerst', 'Eerst de kinderen of eerst de schulden?', 1)] }),
      'POST /national-dilemma-rankings': () => {
        organisations = 3;
        return json(201, { imported: 0, source: 'Wijkteam Oost', period: '2026-12' });
      },
    });
    renderAt(<OrgRankingPage />, route);
    expect(await screen.findByText(/Nog niet zichtbaar: 2 organisaties tellen mee/)).toBeTruthy();
    const input = screen.getByLabelText('Ranglijstbestanden (JSON)');
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(file)], 'oost.json', { type: 'application/json' })] } });
    expect(await screen.findByText('1 bestand geïmporteerd.')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual(file);
    expect(await screen.findByText('Eerst de kinderen of eerst de schulden?')).toBeTruthy();
    expect(screen.getByText('Over 3 organisaties: A, B, Wijkteam Oost.')).toBeTruthy();
  });

  it('says so when a file is no JSON, and shows the fields the server refused', async () => {
    mockApi({
      'GET /me': () => json(200, member),
      'GET /organisation/dilemma-ranking': () => json(200, { visible: false, teams: 0, analyst: true }),
      'GET /national-dilemma-ranking': () => json(200, { visible: false, organisations: 0 }),
      'POST /national-dilemma-rankings': () =>
        problem(400, 'Dit ranglijstbestand klopt niet', { errors: [{ field: 'period', message: 'Verwacht: een maand, zoals 2026-12.' }] }),
    });
    renderAt(<OrgRankingPage />, route);
    const input = await screen.findByLabelText('Ranglijstbestanden (JSON)');
    fireEvent.change(input, { target: { files: [new File(['geen json'], 'x.json')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('Dit is geen geldig JSON-bestand.');
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(file)], 'x.json')] } });
    expect(await screen.findByText(/Verwacht: een maand/)).toBeTruthy();
  });
});
