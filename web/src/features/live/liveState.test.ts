import { describe, expect, it } from 'vitest';
import { afterClose, applyCount, applyEvent, atLastBlock, initialState, isRevealed, MAX_RECONNECTS, reconnectDelay, type LiveEvent } from './liveState';

const ev = (seq: number, kind: string, data: Record<string, unknown> = {}, extra: Partial<LiveEvent> = {}): LiveEvent => ({
  seq, kind, at: 1000 + seq, mine: false, data, ...extra,
});

describe('live state', () => {
  it('folds events in order and ignores replays', () => {
    let s = initialState([]);
    s = applyEvent(s, ev(1, 'thought', {}, { hidden: true }));
    s = applyEvent(s, ev(2, 'thought', { text: 'eigen' }, { mine: true }));
    s = applyEvent(s, ev(2, 'thought', { text: 'eigen' }, { mine: true }));
    expect(s.thoughts).toHaveLength(2);
    expect(s.thoughts[0].text).toBeNull();
    s = applyEvent(s, ev(3, 'reveal', { thoughts: [{ seq: 1, data: { text: 'onthuld' } }] }));
    expect(s.thoughts[0].text).toBe('onthuld');
    s = applyEvent(s, ev(4, 'place', { thought: 1, rule: 'stem', part: 'buurt' }));
    expect(s.thoughts[0].rule).toBe('stem');
    s = applyEvent(s, ev(5, 'block', { index: 2 }));
    expect(s.block).toBe(2);
    expect(s.lastSeq).toBe(5);
  });

  it('folds the what-works conversation: record, perspectives revealed later, agreements', () => {
    let s = initialState([]);
    s = applyEvent(s, ev(1, 'conversation', { startKind: 'case', caseText: 'Een casus', tension: 'Moet ik A of B?' }));
    expect(s.conversation?.tension).toBe('Moet ik A of B?');
    s = applyEvent(s, ev(2, 'thought', {}, { hidden: true }));
    expect(s.thoughts[0].perspective).toBe('');
    s = applyEvent(s, ev(3, 'reveal', { thoughts: [{ seq: 2, data: { text: 'Rust', block: 3, perspective: 'bewoner' } }] }));
    expect(s.thoughts[0]).toMatchObject({ text: 'Rust', block: 3, perspective: 'bewoner' });
    s = applyEvent(s, ev(4, 'conversation', { startKind: 'case', caseText: 'Een casus', tension: 'Moet ik C of D?' }));
    expect(s.conversation?.tension).toBe('Moet ik C of D?');
    s = applyEvent(s, ev(5, 'agreement', { id: 7, what: 'Samen bellen', who: 'Het team', lookBackOn: '2027-03-01' }));
    s = applyEvent(s, ev(5, 'agreement', { id: 7, what: 'Samen bellen', who: 'Het team', lookBackOn: '2027-03-01' }));
    expect(s.agreements).toEqual([{ id: 7, what: 'Samen bellen', who: 'Het team', lookBackOn: '2027-03-01' }]);
  });
});

describe('the socket gives up politely', () => {
  it('gives up after a bounded number of attempts, never waiting more than 10 s', () => {
    const delays: number[] = [];
    for (let attempt = 1; ; attempt++) {
      const next = afterClose(attempt, false, () => 1);  // the longest pause each time
      if (next.delay === null) {
        expect(next.status).toBe('gaveUp');
        expect(attempt).toBe(MAX_RECONNECTS + 1);
        break;
      }
      expect(next.status).toBe('closed');
      delays.push(next.delay);
    }
    expect(delays).toHaveLength(MAX_RECONNECTS);
    expect(delays.slice(0, 5)).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);  // doubling to the cap
    expect(Math.max(...delays)).toBe(10_000);
  });

  it('spreads the pauses at random (full jitter), so a hall of phones does not return at once', () => {
    // The range: 0.25 s up to 1 s × 2^(attempt−1), at most 10 s.
    expect(reconnectDelay(1, false, () => 0)).toBe(250);
    expect(reconnectDelay(1, false, () => 0.5)).toBe(625);
    expect(reconnectDelay(1, false, () => 0.999999)).toBe(1_000);
    expect(reconnectDelay(3, false, () => 0)).toBe(250);
    expect(reconnectDelay(3, false, () => 1)).toBe(4_000);
    expect(reconnectDelay(8, false, () => 1)).toBe(10_000);
    // With the real Math.random: within the range, and spread over it (not one instant).
    const first = Array.from({ length: 1000 }, () => reconnectDelay(1)!);
    expect(Math.min(...first)).toBeGreaterThanOrEqual(250);
    expect(Math.max(...first)).toBeLessThanOrEqual(1_000);
    expect(new Set(first).size).toBeGreaterThan(100);
    const early = first.filter((d) => d < 625).length;  // about half below the middle
    expect(early).toBeGreaterThan(350);
    expect(early).toBeLessThan(650);
  });

  it('never retries an ended session', () => {
    expect(afterClose(1, true)).toEqual({ status: 'ended', delay: null });
    expect(reconnectDelay(1, true)).toBeNull();
  });

  it('knows the last block once it is started', () => {
    const blocks = [{ kind: 'song', title: 'A', prompt: '', minutes: 5 }, { kind: 'verse', title: 'B', prompt: '', minutes: 5 }];
    let s = initialState(blocks);
    expect(atLastBlock(s)).toBe(false);
    s = applyEvent(s, ev(1, 'block', { index: 1 }));
    expect(atLastBlock(s)).toBe(true);
    s = applyEvent(s, ev(2, 'block', { index: 0 }));
    expect(atLastBlock(s)).toBe(false);
  });

  it('takes coalesced counts and a reveal batch of thoughts it never saw, once and in order', () => {
    let s = initialState([]);
    s = applyEvent(s, ev(2, 'thought', { text: 'eigen' }, { mine: true }));
    s = applyCount(s, 4, 3);  // seq 1, 3 and 4 are others' hidden thoughts
    expect(s).toMatchObject({ lastSeq: 4, hiddenCount: 3 });
    s = applyEvent(s, ev(5, 'place', { thought: 3, rule: 'stem', part: 'buurt' }));  // placed while hidden here
    s = applyCount(s, 3, 2);  // an older count changes nothing
    expect(s).toMatchObject({ lastSeq: 5, hiddenCount: 3 });
    const batch = { thoughts: [1, 2, 3, 4].map((seq) => ({ seq, at: 1000, data: { text: `t${seq}` } })) };
    s = applyEvent(s, ev(6, 'reveal', batch));
    s = applyEvent(s, ev(6, 'reveal', batch));  // a replay adds nothing
    expect(s.thoughts.map((t) => [t.seq, t.text, t.mine])).toEqual([[1, 't1', false], [2, 'eigen', true], [3, 't3', false], [4, 't4', false]]);
    expect(s.hiddenCount).toBe(0);
    expect(s.thoughts[2]).toMatchObject({ rule: 'stem', part: 'buurt' });
    expect(s.thoughts.every((t) => isRevealed(s, t))).toBe(true);
  });
});
