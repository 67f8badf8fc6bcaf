import { describe, expect, it } from 'vitest';
import { pendingNotes } from './api';
import { seededRandom, seedOf } from './WordCloud';

describe('word cloud randomness', () => {
  it('is the same for the same words, different for others', () => {
    const a = seededRandom(seedOf('team-1-werk contact tempo'));
    const b = seededRandom(seedOf('team-1-werk contact tempo'));
    const c = seededRandom(seedOf('team-1-werk contact'));
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toEqual(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('pending notes', () => {
  it('keep unsaved text until the server has exactly that text', () => {
    pendingNotes.set(3, 7, 'eerste');
    expect(pendingNotes.get(3, 7)).toBe('eerste');
    pendingNotes.set(3, 7, 'tweede');
    pendingNotes.clear(3, 7, 'eerste');  // an older save came back: keep the newer text
    expect(pendingNotes.get(3, 7)).toBe('tweede');
    pendingNotes.clear(3, 7, 'tweede');
    expect(pendingNotes.get(3, 7)).toBeNull();
  });
});
