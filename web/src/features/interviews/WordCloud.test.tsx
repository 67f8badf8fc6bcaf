import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../test/utils';
import { WordCloud } from './WordCloud';

describe('WordCloud', () => {
  it('lists the words that stand out most, as written, each with its count', () => {
    const words = [
      { word: "collega's", count: 4, score: 2.4 },
      { word: 'luisteren', count: 3, score: 1.9 },
      { word: 'cliënt', count: 3, score: 1.2 },
    ];
    renderAt(<WordCloud id="t" words={words} label="Het team" />);
    const top = screen.getByTestId('cloud-top');
    const items = within(top).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(["collega's 4 keer", 'luisteren 3 keer', 'cliënt 3 keer']);
    expect(screen.getByText('Wat hier het meest opvalt')).toBeTruthy();
  });

  it('shows no list without words', () => {
    renderAt(<WordCloud id="t" words={[]} label="Het team" />);
    expect(screen.queryByTestId('cloud-top')).toBeNull();
  });
});
