// Interview mode on a phone: the card, its note and the way to the next card in one order (no
// scrolling back up past the card for "Volgende kaart"), focus on the new card's title, and a
// note whose check while typing says which interview it belongs to (its people may be named).
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from '../../api/client';
import { json, ME, mockApi, renderAt, type Call } from '../../test/utils';
import { InterviewModePage } from './InterviewModePage';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  window.localStorage.clear();
});

const card = (id: number, title: string) => ({ id, group: 'kern', groupTitle: 'Kern', title, quote: '', questions: [`Vraag bij ${title}?`], prompts: [] });
const interview = {
  id: 5, purpose: 'collegial', teamId: 7, teamName: 'Team Noord', interviewerId: 1, interviewerName: 'Anna de Vries',
  intervieweeId: 2, intervieweeName: 'Bo Jansen', myRole: 'interviewer', deckId: 1, parentId: null, createdAt: '2026-11-01T10:00:00Z',
  completedAt: null, cards: [card(11, 'Kennismaken'), card(12, 'Het vak')], notes: [], sharedFragments: [],
};

const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('interview mode', () => {
  it('puts card, note and the pager in that order, and moves focus to the next card', async () => {
    mockApi({ 'GET /me': () => json(200, ME), 'GET /interviews/5': () => json(200, interview), 'GET /craft-themes': () => json(200, { items: [] }) });
    renderAt(<InterviewModePage />, { route: '/vakgesprekken/5', path: '/vakgesprekken/:interviewId' });
    const title = await screen.findByRole('heading', { level: 2, name: 'Kennismaken' });
    const note = screen.getByLabelText('Aantekeningen bij deze kaart');
    const next = screen.getByRole('button', { name: 'Volgende kaart' });
    const previous = screen.getByRole('button', { name: 'Vorige kaart' });
    expect(follows(title, note), 'the note below the card').toBe(true);
    expect(follows(note, next), 'next below the note').toBe(true);
    expect(follows(note, previous), 'previous below the note').toBe(true);

    fireEvent.click(next);
    const second = await screen.findByRole('heading', { level: 2, name: 'Het vak' });
    await waitFor(() => expect(document.activeElement).toBe(second));
  });

  it("checks a note while typing with the interview's id, so its people are no finding", async () => {
    const { calls } = mockApi({
      'GET /me': () => json(200, ME),
      'GET /interviews/5': () => json(200, interview),
      'GET /craft-themes': () => json(200, { items: [] }),
      'POST /privacy-checks': () => json(200, { findings: [], refused: false }),
      'PUT /interviews/5/notes/11': (c: Call) => json(200, { cardId: 11, text: (c.body as { text: string }).text, updatedAt: 1 }),
    });
    renderAt(<InterviewModePage />, { route: '/vakgesprekken/5', path: '/vakgesprekken/:interviewId' });
    const note = await screen.findByLabelText('Aantekeningen bij deze kaart');
    fireEvent.change(note, { target: { value: 'Bo vertelde hoe Anna haar inwerkte.' } });
    await waitFor(() => expect(calls.some((c) => c.path === '/privacy-checks')).toBe(true));
    const check = calls.find((c) => c.path === '/privacy-checks')!;
    expect(check.body).toEqual({ text: 'Bo vertelde hoe Anna haar inwerkte.', interviewId: 5 });
  });
});
