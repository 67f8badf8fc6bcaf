import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, renderAt } from '../../test/utils';
import type { Advice } from './api';
import { AdviceView } from './AdviceView';

afterEach(() => vi.unstubAllGlobals());

const catalogue = {
  competences: [],
  domains: [
    { id: 'inkomen', name: 'Inkomen', description: '', aspects: [{ id: 'schuldhulpverlening', name: 'Schuldhulpverlening' }] },
    { id: 'veiligheid', name: 'Veiligheid', description: '', aspects: [{ id: 'huiselijk-geweld', name: 'Huiselijk geweld' }] },
  ],
  groups: [],
};

function advice(over: Partial<Advice>): Advice {
  return {
    id: 1,
    recognised: { domains: [], aspects: [], groups: [] },
    needed: [],
    advice: 'self',
    duo: [],
    together: [],
    uncovered: [],
    external: [],
    ...over,
  };
}

const adviceBox = () => document.querySelector('.vk-kn-advice')?.textContent ?? '';

const json = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('AdviceView', () => {
  it('names the colleagues who together cover the question, not a specialist', async () => {
    mockApi({ 'GET /knowledge/catalogue': json(catalogue) });
    renderAt(
      <AdviceView
        teamId={3}
        advice={advice({
          advice: 'colleagues',
          needed: [
            { id: 'schuldhulpverlening', name: 'Schuldhulpverlening', domainId: 'inkomen', myLevel: 'geen', covered: false, colleagues: [] },
            { id: 'huiselijk-geweld', name: 'Huiselijk geweld', domainId: 'veiligheid', myLevel: 'geen', covered: false, colleagues: [] },
          ],
          together: [
            { userId: 5, name: 'Ann de Vries', discipline: '', aspects: ['schuldhulpverlening'] },
            { userId: 6, name: 'Bob Bakker', discipline: '', aspects: ['huiselijk-geweld'] },
          ],
          // Ann also counts as a (partial) duo partner; the page does not offer her as "the best duo partner".
          duo: [{ userId: 5, name: 'Ann de Vries', discipline: '', experience: 'gezel', coveredTogether: 1, adds: ['schuldhulpverlening'], mentoring: false }],
        })}
      />,
    );
    expect(screen.queryByText('Beste duopartner')).toBeNull();
    expect(adviceBox()).toContain("Pak het op met deze collega's samen");
    expect(adviceBox()).not.toContain('niemand in je team');
    const rows = screen.getAllByTestId('together-colleague').map((li) => li.textContent);
    expect(rows).toEqual(['Ann de Vries voor Schuldhulpverlening', 'Bob Bakker voor Huiselijk geweld']);
  });

  it('says nothing was recognised and asks for more words, never "take it up yourself"', () => {
    mockApi({ 'GET /knowledge/catalogue': json(catalogue) });
    renderAt(<AdviceView teamId={3} advice={advice({ advice: 'none' })} />);
    const status = adviceBox();
    expect(status).toContain('We herkenden niets in deze vraag');
    expect(status).toContain('meer woorden');
    expect(status).not.toContain('Pak het zelf op');
    expect(status).not.toContain('je hebt de kennis');
  });

  it('shows an expired question without advice, and a partner of the same life domain with a specialist', async () => {
    mockApi({ 'GET /knowledge/catalogue': json(catalogue) });
    const { unmount } = renderAt(
      <AdviceView teamId={3} advice={advice({ advice: 'expired', recognised: { domains: [{ id: 'veiligheid', score: 0 }], aspects: [], groups: [] } })} />,
    );
    expect(adviceBox()).toContain('De tekst van deze vraag is verwijderd');
    expect(screen.queryByText('Nodige kennis')).toBeNull();
    expect(screen.queryByText('Beste duopartner')).toBeNull();
    // Its confirmed tags are shown, as such.
    expect(screen.getByText('Bevestigde kenmerken')).toBeTruthy();
    expect(await screen.findByText(/Leefgebieden: Veiligheid/)).toBeTruthy();
    unmount();
    renderAt(
      <AdviceView
        teamId={3}
        advice={advice({
          advice: 'specialist',
          uncovered: ['huiselijk-geweld'],
          external: [{ id: 9, aspectId: 'radicalisering', organisation: 'Veilig Thuis', role: 'adviseur', forAspect: 'huiselijk-geweld', match: 'domain' }],
        })}
      />,
    );
    expect(screen.getByText(/partner in hetzelfde levensdomein: Veilig Thuis \(adviseur\)/)).toBeTruthy();
  });
});
