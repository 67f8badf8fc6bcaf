// The demo (`serve --demo`, with the server's own default): no second step is required of
// admins, analysts or team leads, and the admin pages say so.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, logIn, newPage } from './browser.mjs';
import { demoLogins, startServer } from './server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the demo leaves the second step off and says so on the admin pages', async () => {
  const { page } = await newPage(browser, server.baseURL);
  await logIn(page, demoLogins.admin);
  const notice = 'Op deze server is een tweede stap voor beheerders niet verplicht';
  for (const path of ['/leden', '/uitnodigingen', '/auditlog']) {
    await page.goto(path);
    await page.getByText(notice).first().waitFor();
  }
  await page.goto('/leden');
  await page.getByTestId('mfa-org-admins').filter({ hasText: 'In deze demo zijn de eisen uit' }).waitFor();
  assert.equal(await page.getByLabel('Tweede stap verplicht voor teamleiders').isChecked(), false);
  // The admin pages open without a second step.
  await page.getByRole('table').first().waitFor();
});
