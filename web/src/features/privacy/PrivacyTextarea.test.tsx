import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, setCsrfToken } from '../../api/client';
import { json, mockApi, problem, renderAt, type Call } from '../../test/utils';
import { PrivacyTextarea } from './PrivacyTextarea';
import { usePrivacyGuard } from './usePrivacyGuard';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  setCsrfToken(null);
});

const enc = new TextEncoder();
const bytes = (s: string) => enc.encode(s).length;

/** A tiny stand-in for the server's scanner: a few fixed names, BSN 111222333, byte offsets. */
function scan(text: string, field = 'text') {
  const out = [];
  for (const [needle, kind, placeholder] of [
    ['Zoë Ünal', 'name', '[naam]'],
    ['Jan Jansen', 'name', '[naam]'],
    ['111222333', 'bsn', '[bsn]'],
    ['06-12345678', 'phone', '[telefoon]'],
  ]) {
    let i = text.indexOf(needle);
    while (i >= 0) {
      const start = bytes(text.slice(0, i));
      out.push({ field, kind, start, end: start + bytes(needle), text: needle, placeholder, refused: kind === 'bsn' });
      i = text.indexOf(needle, i + needle.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const check = (c: Call) => {
  const findings = scan((c.body as { text: string }).text);
  return json(200, { findings, refused: findings.some((f) => f.refused) });
};

/** A help-question form as a feature would write it. */
function Form({ onSaved }: { onSaved: (body: unknown) => void }) {
  const [text, setText] = useState('');
  const guard = usePrivacyGuard(text, setText, { field: 'question', delay: 50 });
  const [error, setError] = useState('');
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await guard.check();
        if (!r.canSave) return;
        try {
          const body = { question: text, privacyConfirmed: r.privacyConfirmed };
          await api.post('/questions', body);
          onSaved(body);
        } catch (err) {
          if (!guard.applyProblem(err)) setError('other');
        }
      }}
    >
      <PrivacyTextarea id="q" label="Hulpvraag" guard={guard} error={error || undefined} />
      <button type="submit">Opslaan</button>
    </form>
  );
}

const live = () => document.getElementById('q-privacy-live')?.textContent ?? '';

function type(text: string) {
  fireEvent.change(screen.getByLabelText('Hulpvraag'), { target: { value: text } });
}

describe('PrivacyTextarea', () => {
  it('checks while typing, lists findings in Dutch and replaces one by its placeholder (byte offsets)', async () => {
    const { calls } = mockApi({ 'POST /privacy-checks': check });
    renderAt(<Form onSaved={() => {}} />);
    type('😀 Zoë Ünal belde over Jan Jansen.');
    const list = await screen.findByRole('list', { name: 'Gevonden gegevens' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(list.textContent).toContain('Naam');
    expect(list.textContent).toContain('“Zoë Ünal”');
    expect(list.querySelector('mark')?.textContent).toBe('Zoë Ünal');
    expect(calls.filter((c) => c.path === '/privacy-checks')).toHaveLength(1);
    expect(live()).toContain('Mogelijk 2 gegevens van een inwoner gevonden');

    fireEvent.click(screen.getByRole('button', { name: 'Vervang door [naam]: Zoë Ünal' }));
    expect((screen.getByLabelText('Hulpvraag') as HTMLTextAreaElement).value).toBe('😀 [naam] belde over Jan Jansen.');
    expect(live()).toContain('„Zoë Ünal” vervangen door [naam].');
    // the other finding moved with the text and can still be replaced, focus went to it
    const next = screen.getByRole('button', { name: 'Vervang door [naam]: Jan Jansen' });
    await waitFor(() => expect(document.activeElement).toBe(next));
    fireEvent.click(next);
    expect((screen.getByLabelText('Hulpvraag') as HTMLTextAreaElement).value).toBe('😀 [naam] belde over [naam].');
    expect(screen.queryByRole('list', { name: 'Gevonden gegevens' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Hulpvraag')));
  });

  it('replaces all at once', async () => {
    mockApi({ 'POST /privacy-checks': check });
    renderAt(<Form onSaved={() => {}} />);
    type('Jan Jansen (06-12345678) en Zoë Ünal');
    fireEvent.click(await screen.findByRole('button', { name: 'Vervang alle 3 door een aanduiding' }));
    expect((screen.getByLabelText('Hulpvraag') as HTMLTextAreaElement).value).toBe('[naam] ([telefoon]) en [naam]');
    expect(live()).toBe('3 gegevens vervangen door een aanduiding.');
  });

  it('refuses a BSN: no save, a clear message, no confirmation box', async () => {
    const { calls } = mockApi({ 'POST /privacy-checks': check, 'POST /questions': () => json(201, {}) });
    const saved = vi.fn();
    renderAt(<Form onSaved={saved} />);
    type('Moeder heeft BSN 111222333 en Jan Jansen');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Zo kun je dit niet opslaan.')).toBeTruthy();
    expect(screen.getByText('(moet eruit)')).toBeTruthy();
    expect(screen.queryByLabelText('Dit zijn geen gegevens van een inwoner')).toBeNull();
    expect(screen.getByLabelText('Hulpvraag').getAttribute('aria-invalid')).toBe('true');
    expect(live()).toContain('BSN of rekeningnummer');
    expect(calls.some((c) => c.path === '/questions')).toBe(false);
    expect(saved).not.toHaveBeenCalled();
  });

  it('saves other findings only after confirmation, sending privacyConfirmed', async () => {
    const { calls } = mockApi({ 'POST /privacy-checks': check, 'POST /questions': () => json(201, {}) });
    const saved = vi.fn();
    renderAt(<Form onSaved={saved} />);
    type('Overleg met Jan Jansen van de GGD');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const box = await screen.findByLabelText('Dit zijn geen gegevens van een inwoner');
    expect(calls.some((c) => c.path === '/questions')).toBe(false);
    fireEvent.click(box);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveBeenCalledWith({ question: 'Overleg met Jan Jansen van de GGD', privacyConfirmed: true }));
    // a new name after confirming needs a new confirmation
    type('Overleg met Jan Jansen en Zoë Ünal');
    await waitFor(() => expect((screen.getByLabelText('Dit zijn geen gegevens van een inwoner') as HTMLInputElement).checked).toBe(false));
  });

  it('reads the findings of a 422 from the save', async () => {
    // the check endpoint fails; the server's save still guards and answers 422
    mockApi({
      'POST /privacy-checks': () => problem(503, 'Even niet'),
      'POST /questions': (c) => {
        const text = (c.body as { question: string }).question;
        return problem(422, 'Er staan mogelijk gegevens in', { findings: scan(text, 'question') });
      },
    });
    renderAt(<Form onSaved={() => {}} />);
    type('Gesprek met Zoë Ünal 🙂');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const button = await screen.findByRole('button', { name: 'Vervang door [naam]: Zoë Ünal' });
    expect(screen.getByText(/De privacycontrole lukte nu niet/)).toBeTruthy();
    fireEvent.click(button);
    expect((screen.getByLabelText('Hulpvraag') as HTMLTextAreaElement).value).toBe('Gesprek met [naam] 🙂');
  });

  it('debounces: one check after a burst of typing', async () => {
    vi.useFakeTimers();
    const { calls } = mockApi({ 'POST /privacy-checks': check });
    renderAt(<Form onSaved={() => {}} />);
    for (const s of ['J', 'Ja', 'Jan', 'Jan J', 'Jan Jansen']) {
      type(s);
      await act(async () => { vi.advanceTimersByTime(20); });
    }
    await act(async () => { vi.advanceTimersByTime(100); });
    expect(calls.filter((c) => c.path === '/privacy-checks').map((c) => c.body)).toEqual([{ text: 'Jan Jansen' }]);
  });
});
