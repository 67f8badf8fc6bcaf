// The audit log's actions in words: every action the server writes (server/src, audit(...) and
// INSERT INTO audit_log) has a key audit.action.<action> in nl.json and en.json
// (actions.test.ts checks that against the server's sources); an action without one reads
// "Andere actie (code)".
import messages from '../../i18n/nl.json';

const PREFIX = 'audit.action.';
export const KNOWN_ACTIONS: ReadonlySet<string> = new Set(
  Object.keys(messages).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length)),
);

export function auditActionLabel(action: string, t: (id: string, values?: Record<string, string>) => string): string {
  return KNOWN_ACTIONS.has(action) ? t(`${PREFIX}${action}`) : t('audit.unknownAction', { action });
}
