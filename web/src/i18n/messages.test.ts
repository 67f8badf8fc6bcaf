import { describe, expect, it } from 'vitest';
import nl from './nl.json';
import en from './en.json';

const sources = import.meta.glob(['../**/*.tsx', '../**/*.ts', '!../**/*.test.*', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('messages', () => {
  it('nl.json and en.json have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty messages', () => {
    for (const [k, v] of [...Object.entries(nl), ...Object.entries(en)]) expect(v.trim(), k).not.toBe('');
  });

  it('every literal message id used in the code exists', () => {
    const ids = new Set<string>();
    for (const text of Object.values(sources)) {
      for (const m of text.matchAll(/\bt\('([a-zA-Z0-9_.]+)'/g)) ids.add(m[1]);
      for (const m of text.matchAll(/'((?:login|form|setup|teams?|invite|invitations|accept|account|members?|error|a11y|common|nav|header|footer|layout|notFound|app)\.[a-zA-Z0-9_.]+)'/g)) ids.add(m[1]);
    }
    expect(ids.size).toBeGreaterThan(50);
    const missing = [...ids].filter((id) => !(id in nl));
    expect(missing).toEqual([]);
  });
});
