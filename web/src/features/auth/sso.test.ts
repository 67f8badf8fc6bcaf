import { describe, expect, it } from 'vitest';
import nl from '../../i18n/nl.json';
import { ssoChallenge, ssoErrorKey, typedDomain } from './login';
import { listOf, validateSso } from './SsoSettingsPage';

describe('single sign-on on the log-in page', () => {
  it('asks only for a whole e-mail domain', () => {
    expect(typedDomain('sanne@')).toBe('');
    expect(typedDomain('sanne@gemeente')).toBe('');
    expect(typedDomain(' Sanne@Gemeente.NL ')).toBe('gemeente.nl');
  });
  it('explains every refusal in Dutch, an unknown one with the general sentence', () => {
    for (const reason of ['expired', 'browser', 'not-linked', 'no-account', 'audience', 'signature', 'iets-nieuws']) {
      expect((nl as Record<string, string>)[ssoErrorKey(reason)]).toBeTruthy();
    }
    expect(ssoErrorKey('audience')).toBe('login.sso.error.token');
  });
  it('takes the step-up challenge from the address', () => {
    expect(ssoChallenge('#sso-stap=abc_DEF-1')?.challenge).toBe('abc_DEF-1');
    expect(ssoChallenge('#iets')).toBeNull();
  });
});

describe('the SSO settings form', () => {
  const base = { issuer: 'https://login.example/tenant/v2.0', clientId: 'x', clientSecret: '', emailClaim: 'email', nameClaim: 'name', groupsClaim: '', adminGroups: '', memberGroups: '', acceptedAcr: '', emailDomains: 'gemeente.nl', createMembers: false, linkByVerifiedEmail: false, ssoOnly: false, breakGlassUserId: '', enabled: true };
  it('needs a secret only when none is stored, and a break-glass account for SSO only', () => {
    expect(validateSso(false)(base).clientSecret).toBe('sso.error.clientSecret');
    expect(validateSso(true)(base)).toEqual({});
    expect(validateSso(true)({ ...base, ssoOnly: true }).breakGlassUserId).toBe('sso.error.breakGlass');
    expect(validateSso(true)({ ...base, issuer: 'http://idp.example' }).issuer).toBe('sso.error.issuer');
    expect(validateSso(true)({ ...base, emailDomains: 'a@b.nl' }).emailDomains).toBe('sso.error.domain');
  });
  it('reads lists by comma or line', () => {
    expect(listOf(' a, b c\nd\n\n')).toEqual(['a', 'b c', 'd']);
  });
});
