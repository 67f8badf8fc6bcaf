// The log-in page, a page of its own without React (web/login.html, src/login/main.ts;
// docs/adr/0012-first-load.md): every behaviour the app's log-in had, in Chromium against the
// real server. Other journeys log in through it too (browser.mjs: logIn).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectFocus, expectPage, launchBrowser, newPage, noSideways } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';
import { base32Decode, totp } from './totp.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const shots = new URL('../test-results/', import.meta.url).pathname;
let server;
let browser;
let admin;
let member;
let secret;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
  const teamId = (await admin.admin.request('POST', '/teams', { name: 'Team Noord' })).id;
  member = { email: 'bo@wijkteam-oost.nl', password: 'bo heeft een lang wachtwoord', name: 'Bo Visser' };
  const inv = await admin.admin.request('POST', '/invitations', {
    email: member.email, name: member.name, teamId, role: 'member', discipline: 'gezinscoach', experience: 'gezel', orgAdmin: false,
  });
  await new ApiSession(server.baseURL).request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name: member.name, password: member.password });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function fill(page, email, password) {
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

const describedBy = (page, id) =>
  page.evaluate((i) => (document.getElementById(i).getAttribute('aria-describedby') ?? '').split(' ').map((d) => document.getElementById(d)?.textContent).join(' | '), id);

test('the log-in page loads without the app, fits a phone, and says what to fix', async () => {
  const { context, page, problems } = await newPage(browser, server.baseURL, PHONE);
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  assert.equal(await page.title(), 'Inloggen – Vakkompas');
  assert.ok(scripts.length >= 1 && scripts.every((s) => /^\/assets\/(login|pages)-/.test(s)), `only the page's own scripts: ${scripts}`);
  assert.equal(await page.evaluate(() => document.querySelector('[data-reactroot], #root') === null), true, 'no React root');
  assert.equal(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('type'), 'email');
  assert.equal(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('autocomplete'), 'username');
  assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('type'), 'password');
  assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('autocomplete'), 'current-password');
  await noSideways(page, 'log-in page');
  await checkA11y(page, 'the log-in page on a phone');
  await page.screenshot({ path: `${shots}login-phone.png`, fullPage: true });

  // Sending nothing: the summary takes the focus and is announced; each field says what is wrong.
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expectFocus(page, 'login-summary', 'focus on the error summary');
  const summary = page.getByRole('alert').filter({ hasText: 'Er zijn 2 dingen om te verbeteren' });
  await summary.waitFor();
  assert.equal(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await describedBy(page, 'login-email'), 'Vul je e-mailadres in.');
  assert.equal(await describedBy(page, 'login-password'), 'Vul je wachtwoord in.');
  await checkA11y(page, 'the log-in page with errors');
  await page.screenshot({ path: `${shots}login-phone-errors.png`, fullPage: true });
  // a line of the summary takes you to its field
  await summary.getByRole('link', { name: 'Vul je wachtwoord in.' }).click();
  await expectFocus(page, 'login-password');

  // While fixing, the messages follow what is typed; nothing is sent until it is right.
  await page.getByLabel('E-mailadres', { exact: true }).fill('anna@');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('iets');
  await eventually(() => describedBy(page, 'login-email'), (d) => assert.equal(d, 'Vul een e-mailadres in zoals naam@organisatie.nl.'));
  assert.equal(await describedBy(page, 'login-password'), '');
  assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid'), null);
  await page.getByRole('alert').filter({ hasText: 'Er is 1 ding om te verbeteren' }).waitFor();
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a wrong password and then too many: Dutch sentences, announced, the e-mail stays', async () => {
  const { context, page } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await fill(page, 'niemand@wijkteam-oost.nl', 'verkeerd wachtwoord');
  await page.getByRole('alert').filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' }).waitFor();
  assert.equal(await page.getByLabel('E-mailadres', { exact: true }).inputValue(), 'niemand@wijkteam-oost.nl');
  assert.equal(await page.getByRole('alert').count(), 1);
  // after 5 failures for one e-mail the server slows it down (429 with Retry-After)
  await eventually(
    async () => {
      await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
      await page.getByRole('button', { name: 'Inloggen', exact: true }).isEnabled();
      await page.waitForFunction(() => !document.getElementById('login-submit').disabled);
      return page.locator('#login-problem-text').textContent();
    },
    (text) => assert.match(text, /^Te veel mislukte pogingen\. Wacht even voordat je het opnieuw probeert\. Probeer het over 1 minuut opnieuw\.$/),
    { timeout: 20_000, interval: 100 },
  );
  await checkA11y(page, 'the log-in page after too many attempts');
  await context.close();
});

test('a page that asked for a log-in comes back after it, with the focus on its heading; logging out says so', async () => {
  const { context, page, problems } = await newPage(browser, server.baseURL);
  await page.goto('/account');
  await page.waitForURL('**/inloggen');
  await expectPage(page, 'Inloggen');
  await fill(page, admin.email, admin.password);
  await page.waitForURL('**/account');
  await expectPage(page, 'Mijn account');
  await expectFocus(page, 'page-heading', 'focus on the heading of the page that asked');

  // logged in already: the log-in page sends you on
  await page.goto('/inloggen');
  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByRole('status').filter({ hasText: 'Je bent uitgelogd.' }).waitFor();
  // back in the app without a session, and in again: to my teams
  await fill(page, admin.email, admin.password);
  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('in English, also after a reload, with the errors in English', async () => {
  const { context, page } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByRole('button', { name: 'English' }).click();
  await expectPage(page, 'Log in');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'true');
  await page.getByLabel('Email address', { exact: true }).fill('niemand@wijkteam-oost.nl');
  await page.getByLabel('Password', { exact: true }).fill('verkeerd');
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The email address or password is not correct.' }).waitFor();
  await page.reload();
  await expectPage(page, 'Log in');
  await checkA11y(page, 'the log-in page in English');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expectPage(page, 'Inloggen');
  await context.close();
});

test('the second step: a code from the app, a recovery code, starting again', async () => {
  // the admin sets up a second step over the API
  const enrolment = await admin.admin.request('POST', '/me/second-factor', {});
  secret = base32Decode(enrolment.secret);
  const { recoveryCodes } = await admin.admin.request('POST', '/me/second-factor/confirm', { code: totp(secret, Date.now() / 1000) });

  const { context, page, problems } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await fill(page, admin.email, admin.password);
  await expectPage(page, 'Tweede stap');
  await expectFocus(page, 'login-second-heading', 'focus on the second step');
  const field = page.getByLabel('Code uit je app', { exact: true });
  assert.equal(await field.getAttribute('autocomplete'), 'one-time-code');
  assert.equal(await field.getAttribute('inputmode'), 'numeric');
  assert.equal(await describedBy(page, 'login-code'), '6 cijfers; de code verandert elke 30 seconden.');
  await checkA11y(page, 'the second step');

  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await eventually(() => describedBy(page, 'login-code'), (d) => assert.equal(d, '6 cijfers; de code verandert elke 30 seconden. | Vul de code in.'));
  await expectFocus(page, 'login-code');
  await field.fill('000000');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet. Kijk of de tijd op je telefoon goed staat' }).waitFor();
  assert.equal(await field.inputValue(), '000000');

  // a recovery code instead: its own field; a wrong one has its own sentence
  await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
  const recovery = page.getByLabel('Herstelcode', { exact: true });
  assert.equal(await recovery.getAttribute('id'), 'login-recovery-code');
  assert.equal(await recovery.inputValue(), '');
  assert.equal(await page.getByRole('alert').count(), 0);
  await recovery.fill('fout-fout');
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'Deze herstelcode klopt niet, of is al gebruikt.' }).waitFor();
  await page.getByRole('button', { name: 'Gebruik de code uit je app' }).click();
  await page.getByLabel('Code uit je app', { exact: true }).waitFor();

  // start again: the password step, with the focus on its heading
  await page.getByRole('button', { name: 'Opnieuw inloggen' }).click();
  await expectPage(page, 'Inloggen');
  await expectFocus(page, 'page-heading');
  await fill(page, admin.email, admin.password);
  await expectPage(page, 'Tweede stap');
  await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
  await page.getByLabel('Herstelcode', { exact: true }).fill(recoveryCodes[0]);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the organisation account: offered for the typed domain; an SSO-only organisation refuses the password', async () => {
  const id = (await admin.admin.request('GET', '/me')).user.id;
  await admin.admin.request('PUT', '/organisation/sso', {
    issuer: 'https://login.wijkteam-oost.example', clientId: 'vakkompas', clientSecret: 'geheim', emailDomains: ['wijkteam-oost.nl'], ssoOnly: true, breakGlassUserId: id,
  });
  const { context, page } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  // the one organisation of the installation, before anything is typed
  const button = page.getByRole('link', { name: 'Inloggen met je organisatie-account' });
  await button.waitFor();
  assert.match(await button.getAttribute('href'), /^\/api\/v1\/sso\/start\?organisation=\d+$/);
  await page.getByText('Wijkteam Oost logt alleen in met het eigen organisatie-account.').waitFor();
  await page.getByRole('region', { name: 'Inloggen met je organisatie-account' }).waitFor();
  await checkA11y(page, 'the log-in page with the SSO button');
  // another domain has no organisation account here; the own domain has
  await page.getByLabel('E-mailadres', { exact: true }).fill('iemand@elders.nl');
  await button.waitFor({ state: 'hidden' });
  await page.getByLabel('E-mailadres', { exact: true }).fill(member.email);
  await button.waitFor();

  await fill(page, member.email, member.password);
  await page.getByRole('alert').filter({ hasText: 'Je organisatie logt in met het eigen organisatie-account. Kies "Inloggen met je organisatie-account".' }).waitFor();

  // back from the provider: a refusal in Dutch; a step-up asks for the second step
  await page.goto('/inloggen?sso-fout=iets-nieuws');
  await page.getByRole('alert').filter({ hasText: 'Het inloggen met je organisatie-account is niet gelukt' }).waitFor();
  await page.goto('/inloggen#sso-stap=onbekend');
  await expectPage(page, 'Tweede stap');
  await page.getByLabel('Code uit je app', { exact: true }).fill(totp(secret, Date.now() / 1000));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('alert').waitFor();
  await context.close();
});
