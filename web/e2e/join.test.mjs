// The guest's join page is a page of its own (web/join.html, docs/adr/0012-first-load.md): the
// server answers /live/join with it, and it loads none of the app's scripts. It keeps what the
// app's join page did: the code from the link filled in, a Dutch error that keeps what was typed,
// the language switch, no axe violations; and after joining the guest is in the full app.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

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

test('a guest joins on the small join page and goes on to the full app', async () => {
  const lead = new ApiSession(server.baseURL);
  await lead.request('POST', '/session', { email: demoLogins.lead, password: demoLogins.password });
  const team = (await lead.request('GET', '/teams')).items.find((t) => t.myRole === 'team_lead').id;
  const s = await lead.request('POST', `/teams/${team}/live-sessions`, { title: 'Meedoen zonder de hele app' });

  const { page, context, problems } = await newPage(browser, server.baseURL, { viewport: { width: 390, height: 844 }, isMobile: true });
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await page.goto(`/live/join?code=${s.joinCode}`);
  await expectPage(page, 'Meedoen met een teamsessie');
  assert.equal(await page.getByLabel('Code').inputValue(), s.joinCode, 'the code from the link is filled in');
  assert.equal(await page.getByRole('alert').count(), 0, 'no error before a try');
  assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
  await checkA11y(page, 'join page');

  // An unknown code: the server's Dutch message, and what was typed stays.
  await page.getByLabel('Code').fill('ZZZZZZ');
  await page.getByLabel('Je naam').fill('Wijkagent Ruud');
  await page.getByRole('button', { name: 'Meedoen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /code/i);
  assert.equal(await page.getByLabel('Je naam').inputValue(), 'Wijkagent Ruud');
  await checkA11y(page, 'join page with an error');

  // The language switch changes the page and <html lang>, and back.
  await page.getByRole('button', { name: 'English' }).click();
  await expectPage(page, 'Join a team session');
  await eventually(() => page.getAttribute('html', 'lang'), (v) => assert.equal(v, 'en'));
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expectPage(page, 'Meedoen met een teamsessie');

  // Up to here only the join page's own scripts, none of the app's.
  const own = [...scripts];
  assert.ok(own.length > 0 && !own.some((p) => p.startsWith('/assets/index-')), `scripts of the join page: ${own.join(', ')}`);

  // The right code: on to the guest's page in the full app.
  await page.getByLabel('Code').fill(s.joinCode);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expectPage(page, 'Meedoen zonder de hele app');
  await page.getByText('Je doet mee als Wijkagent Ruud.').waitFor();

  // Ended, and opened again: the app's link back to the join page (a route of the app) lands on the small page.
  await lead.request('POST', `/live/sessions/${s.id}/end`, {});
  await page.getByText('De sessie is afgelopen.').waitFor();
  await page.reload(); // the guest's token went with the session: the page offers the join page
  await page.getByRole('link', { name: 'Opnieuw meedoen met de code' }).click();
  await expectPage(page, 'Meedoen met een teamsessie');
  assert.equal(await page.locator('#join-form form').count(), 1, 'the join page of its own, not the app');

  assert.deepEqual(problems(), []);
  await context.close();
});
