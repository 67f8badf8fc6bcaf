// A member's draft: herken and anders exclude each other, "speelt nu" goes with either; only
// statements with a choice and lines with text are sent.
import { describe, expect, it } from 'vitest';
import type { Picture } from './api';
import { bodyOf, draftOf, percent, progress, toggle } from './logic';

const picture: Picture = {
  intro: 'Intro',
  themes: [
    { key: 'werker', title: 'De werker', intro: 'i', statements: [{ key: 'a', text: 'A', edited: false }, { key: 'b', text: 'B', edited: false }] },
    { key: 'team', title: 'Het team', intro: 'i', statements: [{ key: 'c', text: 'C', edited: false }] },
  ],
};

describe('craft logic', () => {
  it('toggles: herken and anders exclude each other, nu goes with either', () => {
    let c = toggle(undefined, 'herken');
    expect(c).toEqual({ recognition: 'herken', current: false });
    c = toggle(c, 'anders');
    expect(c).toEqual({ recognition: 'anders', current: false });
    c = toggle(c, 'nu');
    expect(c).toEqual({ recognition: 'anders', current: true });
    c = toggle(c, 'anders');
    expect(c).toEqual({ recognition: null, current: true });
  });

  it('counts progress and sends only chosen statements and lines with text', () => {
    const draft = { ...draftOf([{ statementKey: 'a', recognition: 'herken', current: false }]), b: { recognition: null, current: false } };
    expect(progress(draft, picture)).toEqual({ done: 1, total: 3 });
    const body = bodyOf({ ...draft, c: { recognition: null, current: true } },
      { werker: { text: '  Eigen regel  ', shared: true }, team: { text: ' ', shared: false } }, picture);
    expect(body).toEqual({
      answers: [{ statementKey: 'a', recognition: 'herken', current: false }, { statementKey: 'c', recognition: null, current: true }],
      lines: [{ themeKey: 'werker', text: 'Eigen regel', shared: true }],
    });
  });

  it('percent of nothing is nothing', () => {
    expect(percent(1, 0)).toBe(0);
    expect(percent(1, 3)).toBe(33);
  });
});
