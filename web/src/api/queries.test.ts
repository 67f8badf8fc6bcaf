// The one query-key style: every key comes from the `queryKeys` factory, keys of different
// resources never collide, and invalidation by a shorter key reaches what lies below it.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from './queries';

const sources = import.meta.glob<string>('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true });

/** Every key the factory makes, with sample arguments, by its path in the factory. */
function allKeys(): Map<string, readonly unknown[]> {
  const out = new Map<string, readonly unknown[]>();
  const walk = (node: Record<string, unknown>, path: string) => {
    for (const [name, value] of Object.entries(node)) {
      const here = path ? `${path}.${name}` : name;
      if (typeof value === 'function') {
        const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 11 : i === 1 ? 22 : 33));
        out.set(here, (value as (...a: unknown[]) => readonly unknown[])(...args));
      } else walk(value as Record<string, unknown>, here);
    }
  };
  walk(queryKeys as unknown as Record<string, unknown>, '');
  return out;
}

describe('queryKeys', () => {
  it('is the only source of query keys in the app', () => {
    const offenders: string[] = [];
    // A key argument that is not a call of the factory: an inline array, a local constant, …
    const uses = /(queryKey:\s*|(?:invalidateQueries|setQueryData|getQueryData|removeQueries|refetchQueries|cancelQueries|resetQueries)\(\s*(?:\{\s*queryKey:\s*)?)(?!queryKeys\.)([^\s,)}][^,)}\n]*)/g;
    for (const [file, text] of Object.entries(sources)) {
      if (file.endsWith('.test.ts') || file.endsWith('.test.tsx') || file.endsWith('/api/queries.ts')) continue;
      for (const m of text.matchAll(uses)) {
        // `invalidateQueries({ queryKey: … })` is matched twice: once at the call, once at `queryKey:`
        if (m[2].startsWith('{')) continue;
        offenders.push(`${file}: ${m[0].trim()}`);
      }
    }
    expect(offenders).toEqual([]);
    // and the check does see the app's keys (it would pass vacuously on an empty glob)
    const factoryUses = Object.values(sources).join('\n').match(/queryKey:\s*queryKeys\./g) ?? [];
    expect(factoryUses.length).toBeGreaterThan(30);
  });

  it('gives every resource its own key', () => {
    const seen = new Map<string, string>();
    for (const [name, key] of allKeys()) {
      const s = JSON.stringify(key);
      expect(seen.get(s), `${name} and ${seen.get(s)} share ${s}`).toBeUndefined();
      seen.set(s, name);
    }
    expect(seen.size).toBeGreaterThan(35);
  });

  it('starts every key of a part with that part, and team-scoped keys with the team', () => {
    for (const [name, key] of allKeys()) {
      const part = name.split('.')[0];
      if (['knowledge', 'interviews', 'live'].includes(part)) expect(key[0], name).toBe(part);
    }
    for (const [name, key] of [
      ['knowledge.plan', queryKeys.knowledge.plan(11)],
      ['knowledge.partners', queryKeys.knowledge.partners(11)],
      ['knowledge.question', queryKeys.knowledge.question(11, 22)],
      ['knowledge.map', queryKeys.knowledge.map(11, 'inkomen', 90)],
    ] as const) expect(key.slice(0, 3), name).toEqual([...queryKeys.knowledge.team(11)]);
    for (const key of [queryKeys.interviews.threads(11), queryKeys.interviews.statements(11), queryKeys.interviews.chain(11)]) {
      expect(key.slice(0, 3)).toEqual([...queryKeys.interviews.team(11)]);
    }
    expect(queryKeys.teams.members(11).slice(0, 2)).toEqual([...queryKeys.teams.detail(11)]);
  });

  it('invalidates what lies below a key and nothing beside it', async () => {
    const qc = new QueryClient();
    const put = (key: readonly unknown[]) => qc.setQueryData(key, 1);
    const stale = (key: readonly unknown[]) => qc.getQueryState(key)?.isInvalidated ?? false;
    const keys: readonly (readonly unknown[])[] = [
      queryKeys.interviews.decks(), queryKeys.interviews.deck(3), queryKeys.interviews.themes(),
      queryKeys.interviews.list(), queryKeys.interviews.detail(3),
      queryKeys.teams.list(), queryKeys.teams.detail(7), queryKeys.teams.members(7), queryKeys.teams.members(8),
      queryKeys.live.sessions(), queryKeys.live.teamSessions(7), queryKeys.live.contributions(5), queryKeys.live.contributionsAt(5, 2),
      queryKeys.knowledge.plan(7), queryKeys.knowledge.partners(7), queryKeys.knowledge.catalogue(),
    ];
    keys.forEach(put);

    await qc.invalidateQueries({ queryKey: queryKeys.interviews.decks() });
    expect(stale(queryKeys.interviews.deck(3))).toBe(true);
    expect(stale(queryKeys.interviews.themes())).toBe(false);
    await qc.invalidateQueries({ queryKey: queryKeys.interviews.list() });
    expect(stale(queryKeys.interviews.detail(3))).toBe(false);

    await qc.invalidateQueries({ queryKey: queryKeys.teams.list() });
    expect(stale(queryKeys.teams.members(7))).toBe(false);
    await qc.invalidateQueries({ queryKey: queryKeys.teams.detail(7) });
    expect(stale(queryKeys.teams.members(7))).toBe(true);
    expect(stale(queryKeys.teams.members(8))).toBe(false);

    await qc.invalidateQueries({ queryKey: queryKeys.live.sessions() });
    expect(stale(queryKeys.live.teamSessions(7))).toBe(true);
    await qc.invalidateQueries({ queryKey: queryKeys.live.contributions(5) });
    expect(stale(queryKeys.live.contributionsAt(5, 2))).toBe(true);

    await qc.invalidateQueries({ queryKey: queryKeys.knowledge.team(7) });
    expect(stale(queryKeys.knowledge.plan(7))).toBe(true);
    expect(stale(queryKeys.knowledge.partners(7))).toBe(true);
    expect(stale(queryKeys.knowledge.catalogue())).toBe(false);
  });
});
