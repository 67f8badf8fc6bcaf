// Every action the server writes to the audit log has a label in both languages: the test
// reads the server's C++ sources, so a new audit(...) call without a label fails here.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import { auditActionLabel } from './actions';

const serverSources = import.meta.glob(['../../../../server/src/**/*.cpp', '../../../../server/src/**/*.hpp'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** The action strings in `audit(actor, "x.y", …)` calls and `INSERT INTO audit_log … 'x.y'`. */
function serverAuditActions(): string[] {
  const found = new Set<string>();
  for (const text of Object.values(serverSources)) {
    for (const m of text.matchAll(/\baudit\(\s*[^;"]*?"([a-z][\w-]*(?:\.[\w-]+)+)"/g)) found.add(m[1]);
    for (const m of text.matchAll(/INSERT INTO audit_log[^;]*?VALUES\s*\([^;]*?'([a-z][\w-]*(?:\.[\w-]+)+)'/g)) found.add(m[1]);
  }
  return [...found].sort();
}

describe('audit actions in words', () => {
  it('finds the actions the server writes', () => {
    const actions = serverAuditActions();
    // a few that must be there, so a broken scan cannot pass with an empty list
    for (const a of ['live.session.create', 'knowledge.plan.generate', 'member.erase', 'organisation.create', 'live.session.end']) {
      expect(actions).toContain(a);
    }
    expect(actions.length).toBeGreaterThan(30);
  });

  it('has a Dutch and an English label for every one', () => {
    const missing = serverAuditActions().flatMap((a) => [
      ...(`audit.action.${a}` in nl ? [] : [`nl: ${a}`]),
      ...(`audit.action.${a}` in en ? [] : [`en: ${a}`]),
    ]);
    expect(missing).toEqual([]);
  });

  it('names an action in words, and an unknown one as "Andere actie"', () => {
    const t = (id: string, values?: Record<string, string>) =>
      (nl as Record<string, string>)[id].replace('{action}', values?.action ?? '');
    expect(auditActionLabel('live.session.create', t)).toBe('Teamsessie gestart');
    expect(auditActionLabel('knowledge.plan.generate', t)).toBe('Scholingsplan gemaakt');
    expect(auditActionLabel('something.new', t)).toBe('Andere actie (something.new)');
  });
});
