import { describe, expect, it } from 'vitest';
import { arrival, destination, validateLogin } from './login';

describe('the log-in page', () => {
  it('checks before sending: empty and malformed input get their message ids', () => {
    expect(validateLogin({ email: ' ', password: '' })).toEqual({ email: 'login.error.emailRequired', password: 'login.error.passwordRequired' });
    expect(validateLogin({ email: 'anna@', password: 'x' })).toEqual({ email: 'login.error.emailInvalid' });
    expect(validateLogin({ email: ' anna@wijkteam.nl ', password: 'x' })).toEqual({});
  });

  it('reads what the app sent along, and nothing else', () => {
    expect(arrival('{"from":"/teams/3"}')).toEqual({ from: '/teams/3', loggedOut: false, endSessionUrl: null });
    expect(arrival('{"loggedOut":true,"endSessionUrl":"https://idp.example/end"}')).toEqual({ from: undefined, loggedOut: true, endSessionUrl: 'https://idp.example/end' });
    expect(arrival(null)).toEqual({});
    expect(arrival('{kapot')).toEqual({});
    expect(arrival('"x"')).toEqual({});
    expect(arrival('{"from":3,"loggedOut":"yes"}')).toEqual({ from: undefined, loggedOut: false, endSessionUrl: null });
  });

  it('goes back to the page that asked, on this site only, else to my teams', () => {
    expect(destination('/teams/3')).toBe('/teams/3');
    expect(destination(undefined)).toBe('/');
    expect(destination('/inloggen')).toBe('/');
    expect(destination('//evil.example/x')).toBe('/');
    expect(destination('https://evil.example/')).toBe('/');
  });
});
