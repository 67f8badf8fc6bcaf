// What an audit entry is about, in words: the kinds of object the server writes (user/7,
// team/3/member/7, …) have a name under audit.object.<kind> in nl.json and en.json, the same
// keys the personal-data PDF reads (server/src/export/audit_words.cpp formats by the same rule;
// server/tests/unit/audit_words_test.cpp checks every kind the server writes has a name).
//   "user/7" → "account 7", "team/3/member/7" → "team 3, lid 7",
//   "live-session/4#text" → "teamsessie 4 #text", "live-session/4/12" → "teamsessie 4/12".
// An object whose first kind has no name stays its code; a nested part without one stays as it is.
import messages from '../../i18n/nl.json';

const PREFIX = 'audit.object.';
export const KNOWN_KINDS: ReadonlySet<string> = new Set(
  Object.keys(messages).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length)),
);

export function auditObjectLabel(object: string, t: (id: string) => string): string {
  const name = (kind: string) => (KNOWN_KINDS.has(kind) ? t(`${PREFIX}${kind}`) : undefined);
  const hash = object.indexOf('#');
  const path = hash < 0 ? object : object.slice(0, hash);
  const parts = path.split('/');
  const first = name(parts[0]);
  if (first === undefined) return object;
  let out = first;
  if (parts.length > 1 && parts[1] !== '') out += ` ${parts[1]}`;
  for (let i = 2; i < parts.length; i += 2) {
    const nested = name(parts[i]);
    if (nested === undefined) {
      out += `/${parts.slice(i).join('/')}`;
      break;
    }
    out += `, ${nested}`;
    if (i + 1 < parts.length && parts[i + 1] !== '') out += ` ${parts[i + 1]}`;
  }
  if (hash >= 0) out += ` ${object.slice(hash)}`;
  return out;
}
