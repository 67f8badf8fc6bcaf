import { describe, expect, it } from 'vitest';
import { byteLength, byteToIndex, contextOf, findingsOnValue, indexToByte, replaceFindings, spanOf, type PrivacyFinding } from './offsets';

/** A finding as the server would send it: UTF-8 byte offsets of `needle` in `text`. */
function finding(text: string, needle: string, kind = 'name', placeholder = '[naam]', refused = false): PrivacyFinding {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in text`);
  const start = new TextEncoder().encode(text.slice(0, i)).length;
  return { field: 'text', kind, start, end: start + new TextEncoder().encode(needle).length, text: needle, placeholder, refused };
}

describe('byte offsets', () => {
  it('counts UTF-8 bytes like the server', () => {
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('é')).toBe(2);
    expect(byteLength('€')).toBe(3);
    expect(byteLength('😀')).toBe(4);
    expect(byteLength('\ud800')).toBe(3); // lone surrogate becomes U+FFFD
  });

  it('maps byte offsets to string indices through diacritics and emoji', () => {
    const s = 'Zoë 😀 mevrouw';
    // Z o ë(2) ' ' 😀(4) ' ' m…
    expect(byteToIndex(s, 0)).toBe(0);
    expect(byteToIndex(s, 2)).toBe(2);
    expect(byteToIndex(s, 4)).toBe(3); // after ë
    expect(byteToIndex(s, 5)).toBe(4); // the emoji starts at index 4
    expect(byteToIndex(s, 9)).toBe(6); // after the emoji (two code units)
    expect(byteToIndex(s, byteLength(s))).toBe(s.length);
    expect(byteToIndex(s, 3)).toBeNull(); // inside ë
    expect(byteToIndex(s, 6)).toBeNull(); // inside the emoji
    expect(byteToIndex(s, byteLength(s) + 1)).toBeNull();
    expect(byteToIndex(s, -1)).toBeNull();
    for (let i = 0; i <= s.length; i++) {
      if (i === 5) continue; // between the surrogates
      expect(byteToIndex(s, indexToByte(s, i))).toBe(i);
    }
  });

  it('finds the span only when the text still matches', () => {
    const s = 'Met José Müller 🙂 gesproken';
    const f = finding(s, 'José Müller');
    expect(spanOf(s, f)).toEqual({ from: 4, to: 15 });
    expect(spanOf('Met Jose Müller 🙂 gesproken', f)).toBeNull();
  });
});

describe('replaceFindings', () => {
  it('replaces one span after multi-byte characters and shifts the rest', () => {
    const s = '😀 Gesprek met Zoë Ünal (geb. 4 juli 1979), café “De Hoek”, 06-12345678.';
    const name = finding(s, 'Zoë Ünal');
    const birth = finding(s, '4 juli 1979', 'birthdate', '[geboortedatum]');
    const phone = finding(s, '06-12345678', 'phone', '[telefoon]');
    const r = replaceFindings(s, [name, birth, phone], [name]);
    expect(r.text).toBe('😀 Gesprek met [naam] (geb. 4 juli 1979), café “De Hoek”, 06-12345678.');
    expect(r.replaced).toEqual([name]);
    // the remaining findings fit the new text exactly (as a new server check would say)
    expect(r.remaining).toEqual([finding(r.text, '4 juli 1979', 'birthdate', '[geboortedatum]'), finding(r.text, '06-12345678', 'phone', '[telefoon]')]);
    const again = replaceFindings(r.text, r.remaining, [r.remaining[1]]);
    expect(again.text).toBe('😀 Gesprek met [naam] (geb. 4 juli 1979), café “De Hoek”, [telefoon].');
  });

  it('replaces all findings at once, in any order', () => {
    const s = 'Mw. Ängström 👩‍👧 woont op Dorpsstraat 12, BSN 111222333.';
    const fs = [
      finding(s, '111222333', 'bsn', '[bsn]', true),
      finding(s, 'Mw. Ängström'),
      finding(s, 'Dorpsstraat 12', 'address', '[adres]'),
    ];
    const r = replaceFindings(s, fs, fs);
    expect(r.text).toBe('[naam] 👩‍👧 woont op [adres], BSN [bsn].');
    expect(r.remaining).toEqual([]);
    expect(r.replaced).toHaveLength(3);
  });

  it('leaves stale or overlapping findings alone', () => {
    const s = 'Jan de Vries belde';
    const stale = { ...finding(s, 'Jan de Vries'), text: 'Piet' };
    expect(replaceFindings(s, [stale], [stale]).text).toBe(s);
    const a = finding(s, 'Jan de Vries');
    const b = { ...finding(s, 'de Vries') };
    const r = replaceFindings(s, [a, b], [a, b]);
    expect(r.text).toBe('[naam] belde');
  });

  it('gives an excerpt around the finding', () => {
    const s = 'Een heel lange inleiding over van alles en nog wat, en dan Jan Jansen 😀 met nog meer tekst erachter.';
    const c = contextOf(s, finding(s, 'Jan Jansen'), 10);
    expect(c).toEqual({ before: '…t, en dan ', match: 'Jan Jansen', after: ' 😀 met no…' });
  });
});

describe('findings of a save moved onto the text as typed', () => {
  it('maps list entries ("questions[1]") onto their line of the textarea', () => {
    // the form sends the non-empty lines trimmed: ["Wie ben je?", "Hoe gaat het met Zoë Jansen?"]
    const value = '  Wie ben je?\n\n   Hoe gaat het met Zoë Jansen?  \n';
    const sent = 'Hoe gaat het met Zoë Jansen?';
    const f = { ...finding(sent, 'Zoë Jansen'), field: 'questions[1]' };
    const [m] = findingsOnValue([f], 'questions', value);
    expect(m.field).toBe('questions');
    expect(spanOf(value, m)).not.toBeNull();
    expect(replaceFindings(value, [m], [m]).text).toBe('  Wie ben je?\n\n   Hoe gaat het met [naam]?  \n');
  });

  it('shifts a trimmed field by its leading white space, and leaves other fields alone', () => {
    const value = '  café met Jan Jansen';
    const f = { ...finding('café met Jan Jansen', 'Jan Jansen'), field: 'quote' };
    const other = { ...f, field: 'prompts[0]' };
    const [m, o] = findingsOnValue([f, other], 'quote', value);
    expect(spanOf(value, m)).toEqual({ from: 11, to: 21 });
    expect(o).toEqual(other);
    // an index past the lines typed (stale) is left as it is
    expect(findingsOnValue([{ ...f, field: 'quote[3]' }], 'quote', 'een')[0].field).toBe('quote[3]');
  });
});
