// The audit log's objects in words, in the UI's language, by the rule the personal-data PDF
// follows (the same cases as server/tests/unit/audit_words_test.cpp); an unknown kind is its code.
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import nl from '../../i18n/nl.json';
import { auditObjectLabel, KNOWN_KINDS } from './objects';

const tIn = (messages: Record<string, string>) => (id: string) => messages[id];

describe('audit objects in words', () => {
  it('knows the kinds named in nl.json', () => {
    for (const k of ['user', 'team', 'member', 'invitation', 'live-session', 'partner-round']) expect(KNOWN_KINDS.has(k)).toBe(true);
  });

  it('reads the codes as Dutch words', () => {
    const t = tIn(nl);
    const cases: [string, string][] = [
      ['user/7', 'account 7'],
      ['invitation/1', 'uitnodiging 1'],
      ['organisation/2', 'organisatie 2'],
      ['team/3/member/7', 'team 3, lid 7'],
      ['partner-round/3/invitation/5', 'partnerronde 3, uitnodiging 5'],
      ['live-session/4/12', 'teamsessie 4/12'],
      ['live-session/4#text', 'teamsessie 4 #text'],
      ['partner-round/3#answers', 'partnerronde 3 #answers'],
      ['dilemma/own-2', 'dilemma own-2'],
      ['sso/provider-refused', 'reden provider-refused'],
      ['team/3/thing/9', 'team 3/thing/9'],
      ['user', 'account'],
      ['thing/3', 'thing/3'],
      ['/api/v1/help-questions#text', '/api/v1/help-questions#text'],
      ['', ''],
    ];
    for (const [code, words] of cases) expect(auditObjectLabel(code, t), code).toBe(words);
  });

  it('reads them in English in the English UI', () => {
    const t = tIn(en);
    expect(auditObjectLabel('user/7', t)).toBe('account 7');
    expect(auditObjectLabel('team/3/member/7', t)).toBe('team 3, member 7');
    expect(auditObjectLabel('invitation/1', t)).toBe('invitation 1');
    expect(auditObjectLabel('thing/3', t)).toBe('thing/3');
  });
});
