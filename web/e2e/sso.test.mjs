// Log in with the organisation's account: the admin connects a real OpenID provider (npm's
// oidc-provider on loopback, e2e/oidc_idp.mjs) on the settings page, and a new colleague logs
// in through it in Chromium, is created at that first log-in, and logs out again.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage } from './browser.mjs';
import { CLIENT_ID, CLIENT_SECRET, startIdp } from './oidc_idp.mjs';
import { setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let idp;
let admin;

before(async () => {
  idp = await startIdp();
  server = await startServer();
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.close();
});

test('a new colleague logs in with the organisation account, created at the first log-in', async () => {
  const { context, page, problems } = await newPage(browser, server.baseURL);
  try {
    await logIn(page, admin.email, admin.password);
    await page.goto('/inloggen-instellen');
    await expectPage(page, 'Inloggen met organisatie-account');
    await checkA11y(page, 'the SSO settings page');
    await page.getByLabel('Issuer-URL').fill(idp.issuer);
    await page.getByLabel('Client-id').fill(CLIENT_ID);
    await page.getByLabel('Client secret').fill(CLIENT_SECRET);
    await page.getByLabel('E-maildomeinen').fill('wijkteam-oost.nl');
    await page.getByLabel('Nieuwe medewerkers aanmaken bij hun eerste inlog').check();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen.').waitFor();
    // the secret is never shown again
    assert.equal(await page.getByLabel('Client secret').inputValue(), '');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');

    // Who the provider will say logged in (its login needs no form in the tests).
    const who = { claims: { sub: 'e2e-bram', email: 'bram@wijkteam-oost.nl', email_verified: true, name: 'Bram Jansen' }, mfa: true };
    const set = await fetch(`${idp.issuer}/test/login`, { method: 'POST', body: JSON.stringify(who) });
    assert.equal(set.status, 200);

    // exact: the settings page just left has labels that contain "e-mailadres"; this waits for the log-in form
    await page.getByLabel('E-mailadres', { exact: true }).fill('bram@wijkteam-oost.nl');
    const button = page.getByRole('link', { name: 'Inloggen met je organisatie-account' });
    await button.waitFor({ timeout: 10_000 });
    await checkA11y(page, 'the log-in page with the SSO button');
    await button.click();
    await page.waitForURL(`${server.baseURL}/`, { timeout: 15_000 });
    await eventually(() => page.getByText('Bram Jansen').first().isVisible(), (v) => assert.ok(v, 'the new colleague is logged in'));

    // Log-out offers the provider's own log-out too.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL('**/inloggen');
    const end = page.getByRole('link', { name: 'Ook uitloggen bij je organisatie-account' });
    await end.waitFor();
    assert.ok((await end.getAttribute('href')).startsWith(`${idp.issuer}/session/end`));
    assert.deepEqual(problems(), []);
  } finally {
    await context.close();
  }
});

test('a refused log-in is explained in Dutch', async () => {
  const { context, page } = await newPage(browser, server.baseURL);
  try {
    await page.goto('/api/v1/sso/callback?code=x&state=verlopen');
    await page.waitForURL('**/inloggen?sso-fout=expired');
    await page.getByRole('alert').getByText('Je inlogpoging is verlopen of al gebruikt. Probeer het opnieuw.').waitFor();
    await checkA11y(page, 'the log-in page after a refused SSO log-in');
  } finally {
    await context.close();
  }
});
