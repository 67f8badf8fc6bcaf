import { describe, expect, it } from 'vitest';
import { cardBody, cardValues, groupKey, groupsOf, linesOf, moveItem, NEW_GROUP, validateCard, validateCode, wordsOf } from './adminForms';
import type { Card } from './api';

const card = (id: number, group: string, groupTitle: string): Card =>
  ({ id, group, groupTitle, title: `Kaart ${id}`, quote: '', questions: ['Waarom?'], prompts: [] });

describe('deck editing helpers', () => {
  it('read one question per line and words separated by commas', () => {
    expect(linesOf(' Eerste vraag \n\n  Tweede vraag\n ')).toEqual(['Eerste vraag', 'Tweede vraag']);
    expect(wordsOf('team, duo ,\nkoffietafel;; ')).toEqual(['team', 'duo', 'koffietafel']);
  });

  it('move a card up or down and stay within the deck', () => {
    expect(moveItem([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('list the groups of a deck once, in order', () => {
    expect(groupsOf([card(1, 'opening', 'De invalshoek'), card(2, 'element', 'Je vak'), card(3, 'element', 'Je vak')]))
      .toEqual([{ key: 'opening', title: 'De invalshoek' }, { key: 'element', title: 'Je vak' }]);
    expect(groupKey('De buurt in, één keer')).toBe('de-buurt-in-een-keer');
  });

  it('check a card before it is sent, and send a new group with its title', () => {
    const empty = cardValues(undefined, 'element');
    expect(validateCard(empty)).toEqual({ title: 'decks.error.title', questions: 'decks.error.questions' });
    const v = { ...empty, group: NEW_GROUP, groupTitle: 'De buurt in', title: ' Samen ', questions: 'Wie?\n\nWat?' };
    expect(validateCard(v)).toEqual({});
    expect(cardBody(v)).toEqual({ group: 'de-buurt-in', groupTitle: 'De buurt in', title: 'Samen', quote: '', questions: ['Wie?', 'Wat?'], prompts: [] });
    expect(validateCard({ ...v, groupTitle: ' ' })).toEqual({ groupTitle: 'decks.error.groupTitle' });
    expect(validateCode({ title: ' ', description: '', keywords: '' })).toEqual({ title: 'codebook.error.title' });
  });
});
