// Journey 1: first-run set-up on an empty store → my teams as admin; create a team; visit
// every page an admin has, with axe on each.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { startServer } from './server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('first-run set-up, then the admin creates a team', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL);

  await page.goto('/');
  await page.waitForURL('**/installatie');
  await expectPage(page, 'Vakkompas installeren');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await checkA11y(page, 'set-up');

  // An empty submit explains, in Dutch, what to fix.
  await page.getByRole('button', { name: 'Installeren en inloggen' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'dingen om te verbeteren' });
  await summary.waitFor();
  await eventually(() => summary.innerText(), (t) => assert.match(t, /Vul de naam van de organisatie in/));
  await checkA11y(page, 'set-up with errors');

  await page.getByLabel('Naam van de organisatie').fill('Wijkteam Oost');
  await page.getByLabel('Je naam').fill('Anna de Vries');
  await page.getByLabel('E-mailadres').fill('anna@wijkteam-oost.nl');
  await page.getByLabel('Nieuw wachtwoord').fill('een lange zin als wachtwoord');
  await page.getByLabel('Herhaal het wachtwoord').fill('een lange zin als wachtwoord');
  await page.getByRole('button', { name: 'Installeren en inloggen' }).click();

  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');
  await page.getByRole('link', { name: 'Anna de Vries' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const item of ['Mijn teams', 'Leden', 'Uitnodigingen', 'Mijn account']) {
    await nav.getByRole('link', { name: item }).waitFor();
  }
  await checkA11y(page, 'my teams (empty)');

  await page.getByLabel('Naam van het team').fill('Team Noord');
  await page.getByRole('button', { name: 'Team maken' }).click();
  await page.getByRole('status').filter({ hasText: 'Team Team Noord is gemaakt.' }).waitFor();
  await page.getByRole('link', { name: 'Team Noord' }).waitFor();
  await checkA11y(page, 'my teams');

  await page.getByRole('link', { name: 'Team Noord' }).click();
  await expectPage(page, 'Team Noord');
  await checkA11y(page, 'team page');

  // The org admin edits a member (here: themself) on the members page.
  await nav.getByRole('link', { name: 'Leden' }).click();
  await expectPage(page, 'Leden');
  await page.getByRole('button', { name: 'Anna de Vries bewerken' }).click();
  await page.getByLabel('Discipline').fill('gezinscoach');
  await page.getByLabel('Ervaring').selectOption('meester');
  await checkA11y(page, 'edit member');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'De gegevens van Anna de Vries zijn opgeslagen.' }).waitFor();
  const annaRow = page.getByRole('row').filter({ hasText: 'anna@wijkteam-oost.nl' });
  await annaRow.getByText('gezinscoach').waitFor();
  await annaRow.getByText('meester').waitFor();

  const pages = [
    ['Uitnodigingen', 'Uitnodigingen'],
    ['Mijn account', 'Mijn account'],
  ];
  for (const [link, heading] of pages) {
    await nav.getByRole('link', { name: link }).click();
    await expectPage(page, heading);
    await checkA11y(page, heading);
  }
  // Guard for the tree-shaking options in vite.config.ts: links keep their targets.
  assert.equal(await page.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).getAttribute('href'), '/toegankelijkheid');
  await page.getByRole('link', { name: 'Toegankelijkheidsverklaring' }).click();
  await expectPage(page, 'Toegankelijkheidsverklaring');
  await checkA11y(page, 'accessibility statement');

  // The language switch in the footer changes the page and <html lang>.
  await page.getByRole('button', { name: 'English' }).click();
  await expectPage(page, 'Accessibility statement');
  await eventually(() => page.getAttribute('html', 'lang'), (v) => assert.equal(v, 'en'));
  await checkA11y(page, 'accessibility statement (en)');
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expectPage(page, 'Toegankelijkheidsverklaring');

  // A reload keeps the session; a set-up page is no longer offered.
  await page.goto('/installatie');
  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');

  assert.deepEqual(problems(), []);
  await context.close();
});
