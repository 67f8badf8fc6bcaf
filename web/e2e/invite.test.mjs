// Journey 2: the admin invites a colleague and copies the link; the colleague accepts in a
// fresh browser, lands logged in and sees the team; logs out and in again; a wrong password
// gets a Dutch error.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let admin;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
  await admin.admin.request('POST', '/teams', { name: 'Team Noord' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(page, email, password) {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/inloggen');
  await page.getByRole('status').filter({ hasText: 'Je bent uitgelogd.' }).waitFor();
}

test('invite a colleague, who accepts, logs out and in again', async () => {
  const a = await newPage(browser, server.baseURL);
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseURL });
  await logIn(a.page, admin.email, admin.password);
  await expectPage(a.page, 'Mijn teams');

  await a.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitnodigingen' }).click();
  await expectPage(a.page, 'Uitnodigingen');
  await checkA11y(a.page, 'invitations');

  await a.page.getByLabel('Naam', { exact: true }).fill('Bo Jansen');
  await a.page.getByLabel('E-mailadres').fill('bo@wijkteam-oost.nl');
  await a.page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Noord' });
  await a.page.getByLabel('Rol', { exact: true }).selectOption('supervisor');
  await a.page.getByLabel('Discipline').fill('gedragswetenschapper');
  await a.page.getByLabel('Ervaring').selectOption('gezel');
  await a.page.getByRole('button', { name: 'Uitnodiging maken' }).click();

  await a.page.getByRole('heading', { name: 'Uitnodiging voor Bo Jansen is klaar' }).waitFor();
  const linkBox = a.page.getByLabel('Uitnodigingslink');
  const link = await eventually(() => linkBox.inputValue(), (v) => assert.match(v, new RegExp(`^${server.baseURL}/uitnodiging/[^/]+$`)));
  await a.page.getByRole('button', { name: 'Kopieer link' }).click();
  await a.page.getByRole('status').filter({ hasText: /gekopieerd|Kopiëren lukte niet/ }).waitFor();
  const copied = await a.page.evaluate(() => navigator.clipboard.readText().catch(() => null));
  if (copied !== null) assert.equal(copied, link);

  const row = a.page.getByRole('row').filter({ hasText: 'bo@wijkteam-oost.nl' });
  await row.getByText('open', { exact: true }).waitFor();
  await checkA11y(a.page, 'invitations with the new link');

  // A second invitation, revoked after a confirmation.
  await a.page.getByLabel('Naam', { exact: true }).fill('Daan de Wit');
  await a.page.getByLabel('E-mailadres').fill('daan@wijkteam-oost.nl');
  await a.page.getByLabel('Team', { exact: true }).selectOption({ label: 'Team Noord' });
  await a.page.getByLabel('Ervaring').selectOption('leerling');
  await a.page.getByRole('button', { name: 'Uitnodiging maken' }).click();
  await a.page.getByRole('heading', { name: 'Uitnodiging voor Daan de Wit is klaar' }).waitFor();
  await a.page.getByRole('button', { name: 'Uitnodiging van Daan de Wit intrekken' }).click();
  await a.page.getByRole('button', { name: 'Ja, intrekken' }).click();
  await a.page.getByRole('status').filter({ hasText: 'De uitnodiging van Daan de Wit is ingetrokken.' }).waitFor();
  await a.page.getByRole('row').filter({ hasText: 'daan@wijkteam-oost.nl' }).getByText('ingetrokken', { exact: true }).waitFor();
  await checkA11y(a.page, 'invitations after revoking one');
  await logOut(a.page);
  await checkA11y(a.page, 'log-in after log-out');
  assert.deepEqual(a.problems(), []);
  await a.context.close();

  // The colleague, in a browser of their own.
  const b = await newPage(browser, server.baseURL);
  await b.page.goto(link);
  await expectPage(b.page, 'Uitnodiging aannemen');
  await b.page.getByText('Je bent uitgenodigd voor team Team Noord van Wijkteam Oost.').waitFor();
  await checkA11y(b.page, 'accept invitation');
  await eventually(() => b.page.getByLabel('Je naam').inputValue(), (v) => assert.equal(v, 'Bo Jansen'));
  await b.page.getByLabel('Nieuw wachtwoord').fill('mijn eigen lange wachtwoord');
  await b.page.getByLabel('Herhaal het wachtwoord').fill('mijn eigen lange wachtwoord');
  await b.page.getByRole('button', { name: 'Account maken en inloggen' }).click();

  await b.page.waitForURL((u) => u.pathname === '/');
  await expectPage(b.page, 'Mijn teams');
  await b.page.getByRole('link', { name: 'Bo Jansen' }).waitFor();
  await b.page.getByRole('link', { name: 'Team Noord' }).waitFor();
  // not an admin: no admin menu
  assert.equal(await b.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Uitnodigingen' }).count(), 0);
  await checkA11y(b.page, 'my teams of the colleague');

  await b.page.getByRole('link', { name: 'Team Noord' }).click();
  await expectPage(b.page, 'Team Noord');
  await b.page.getByRole('row').filter({ hasText: 'Bo Jansen' }).getByText('werkbegeleider/gedragswetenschapper').waitFor();
  await checkA11y(b.page, 'team page of the colleague');

  // Change the password on "Mijn account"; the session stays.
  await b.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
  await expectPage(b.page, 'Mijn account');
  await b.page.getByText('Team Noord').first().waitFor();
  // Password fields hide what is typed (a bundler setting once dropped React's `type` writes).
  for (const label of ['Huidig wachtwoord', 'Nieuw wachtwoord', 'Herhaal het wachtwoord']) {
    assert.equal(await b.page.getByLabel(label).getAttribute('type'), 'password', label);
  }
  await b.page.getByLabel('Huidig wachtwoord').fill('fout wachtwoord');
  await b.page.getByLabel('Nieuw wachtwoord').fill('een nieuw lang wachtwoord');
  await b.page.getByLabel('Herhaal het wachtwoord').fill('een nieuw lang wachtwoord');
  await b.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await b.page.getByRole('alert').first().waitFor();
  await eventually(() => b.page.getByLabel('Huidig wachtwoord').getAttribute('aria-invalid'), (v) => assert.equal(v, 'true'));
  await checkA11y(b.page, 'account with a wrong current password');
  await b.page.getByLabel('Huidig wachtwoord').fill('mijn eigen lange wachtwoord');
  await b.page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await b.page.getByRole('status').filter({ hasText: 'Je wachtwoord is gewijzigd.' }).waitFor();
  await checkA11y(b.page, 'account');

  await logOut(b.page);
  await logIn(b.page, 'bo@wijkteam-oost.nl', 'een nieuw lang wachtwoord');
  await expectPage(b.page, 'Mijn teams');
  await b.page.getByRole('link', { name: 'Team Noord' }).waitFor();

  await logOut(b.page);
  await logIn(b.page, 'bo@wijkteam-oost.nl', 'niet mijn wachtwoord');
  const alert = b.page.getByRole('alert');
  await alert.filter({ hasText: 'Het e-mailadres of het wachtwoord klopt niet.' }).waitFor();
  await expectPage(b.page, 'Inloggen');
  await checkA11y(b.page, 'log-in with a wrong password');

  // The used link cannot be used again.
  await b.page.goto(link);
  await b.page.getByRole('alert').filter({ hasText: 'al gebruikt, ingetrokken of verlopen' }).waitFor();
  await checkA11y(b.page, 'used invitation');
  assert.deepEqual(b.problems(), []);
  await b.context.close();
});
