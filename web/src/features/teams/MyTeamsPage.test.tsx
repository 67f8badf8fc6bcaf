import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import { MyTeamsPage } from './MyTeamsPage';

afterEach(() => vi.unstubAllGlobals());

const plain = { ...ME, user: { ...ME.user, orgAdmin: false }, teams: [{ id: 7, name: 'Team Noord', role: 'member' }] };
const api = (profile: unknown[]) => ({
  'GET /me': () => json(200, plain),
  'GET /teams': () => json(200, { items: [{ id: 7, name: 'Team Noord', memberCount: 2, myRole: 'member' }] }),
  'GET /me/profile': () => json(200, { items: profile }),
});

describe('MyTeamsPage: first steps for a new member', () => {
  it('shows the first steps while the profile is empty, each a link to where it is done', async () => {
    mockApi(api([{ id: 'armoede', level: 'geen', wantsToLearn: false }]));
    renderAt(<MyTeamsPage />);
    const steps = await screen.findByRole('region', { name: 'Eerste stappen' });
    const links = [...steps.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Vul je kennisprofiel in', '/kennis/profiel'],
      ['Bekijk je team', '/teams/7'],
      ['Plan een vakgesprek', '/vakgesprekken'],
      ['Stel een hulpvraag', '/kennis/teams/7/hulpvraag'],
      ['Controleer je account', '/account'],
    ]);
  });

  it('leaves them out once the profile says something', async () => {
    const { calls } = mockApi(api([{ id: 'armoede', level: 'gezel', wantsToLearn: false }]));
    renderAt(<MyTeamsPage />);
    await screen.findByRole('link', { name: 'Team Noord' });
    await waitFor(() => expect(calls.some((c) => c.path.endsWith('/me/profile'))).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Eerste stappen' })).toBeNull();
  });
});
