import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, renderAt } from '../../test/utils';
import { LiveSettingsPage } from './LiveSettingsPage';

afterEach(() => vi.unstubAllGlobals());

const rules = ['verbinding', 'vraag', 'koers', 'tegenspraak', 'stem'].map((key) => ({ key, name: `Regel ${key}`, description: '' }));
const parts = ['buurt', 'laagdrempelig', 'samenwerken', 'partner'].map((key) => ({ key, name: `Deel ${key}`, description: '' }));
const guideline = { title: 'Richtlijn', intro: '', rules, parts, custom: false };

describe('LiveSettingsPage', () => {
  it('edits a rule in a real table and shows a refused song link at its field', async () => {
    const { calls } = mockApi({
      'GET /live/settings': () => json(200, { songUrl: '' }),
      'PUT /live/settings': () =>
        problem(422, 'Deze link kunnen we niet gebruiken.', {
          errors: [{ field: 'songUrl', message: 'Gebruik een volledige link naar het lied die begint met https:// of http://.' }],
        }),
      'GET /live/guideline': () => json(200, guideline),
      'PUT /live/guideline': (c) => json(200, { ...guideline, ...(c.body as object), custom: true }),
    });
    renderAt(<LiveSettingsPage />);
    const table = await screen.findByRole('table', { name: 'Vijf vuistregels' });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    fireEvent.change(screen.getByLabelText('Naam van vuistregel 4'), { target: { value: 'Zoek het gesprek op' } });
    fireEvent.click(screen.getByRole('button', { name: 'Richtlijn opslaan' }));
    await screen.findByText('De richtlijn is opgeslagen. Nieuwe sessies gebruiken jullie woorden.');
    const put = calls.find((c) => c.method === 'PUT' && c.path === '/live/guideline')!;
    const body = put.body as { rules: { key: string; name: string }[]; parts: unknown[] };
    expect(body.rules[3]).toEqual({ key: 'tegenspraak', name: 'Zoek het gesprek op', description: '' });
    expect(body.parts).toHaveLength(4);

    fireEvent.change(screen.getByLabelText('Link naar het lied'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link opslaan' }));
    const field = screen.getByLabelText('Link naar het lied');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Gebruik een volledige link naar het lied die begint met https:// of http://.')).toBeTruthy();
  });
});
