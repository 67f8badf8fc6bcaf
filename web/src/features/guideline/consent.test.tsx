// The live contribution consent's second toggle: only a thought placed in a rule x part cell
// can join the team's guideline matrix; the toggle sends toGuideline and keeps toThreads.
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt } from '../../test/utils';
import { ContributionConsent } from '../live/ContributionConsent';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('ContributionConsent and the guideline', () => {
  it('offers the matrix only for a placed thought and sends the choice', async () => {
    const placed = { seq: 5, kind: 'thought', text: 'Eerder samen de straat op.', at: '', toThreads: true, anonymous: true, placed: { ruleKey: 'verbinding', partKey: 'samenwerken' }, toGuideline: false };
    const loose = { seq: 6, kind: 'thought', text: 'Een losse gedachte.', at: '', toThreads: false, anonymous: true, placed: null, toGuideline: false };
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'GET /live/sessions/3/contributions': () => json(200, { items: [placed, loose] }),
      'PUT /live/sessions/3/contributions/5': () => json(200, { ...placed, toGuideline: true }),
    });
    renderAt(<ContributionConsent sessionId={3} />);
    const toggle = await screen.findByRole('button', { name: '„Eerder samen de straat op.” mag ook in de vuistregels van het team' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: /Een losse gedachte.” mag ook in de vuistregels/ })).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')!.body).toEqual({ toThreads: true, toGuideline: true });
  });
});
