import { describe, expect, it } from 'vitest';
import { pendingNotes } from './api';
import { seededRandom, seedOf } from './WordCloud';
import { findingsPerField, zodatjeText } from './zodatje';
import { spanOf } from '../privacy/offsets';

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

describe('a zodatje typed in two fields', () => {
  it('is saved as one text, and the findings in it go back to the field they were typed in', () => {
    const ik = '  Ik bel Zoë Jansen';
    const zodat = 'zodat  zij met BSN 111222333 kan bellen';
    const { text, parts } = zodatjeText(ik, zodat);
    expect(text).toBe('Ik bel Zoë Jansen, zodat zij met BSN 111222333 kan bellen');
    const enc = (s: string) => new TextEncoder().encode(s).length;
    const at = (needle: string, kind: string) => {
      const start = enc(text.slice(0, text.indexOf(needle)));
      return { field: 'text', kind, start, end: start + enc(needle), text: needle, placeholder: '[x]', refused: kind === 'bsn' };
    };
    const mapped = findingsPerField([at('Zoë Jansen', 'name'), at('111222333', 'bsn')], parts);
    expect(mapped.map((f) => f.field)).toEqual(['ik', 'zodat']);
    // the offsets now point into each field's own value (UTF-8 bytes, after the skipped "Ik ")
    expect(spanOf(ik, mapped[0])).toEqual({ from: ik.indexOf('Zoë'), to: ik.indexOf('Zoë') + 'Zoë Jansen'.length });
    expect(spanOf(zodat, mapped[1])).toEqual({ from: zodat.indexOf('111'), to: zodat.indexOf('111') + 9 });
  });
});
