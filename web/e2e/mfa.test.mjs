// The second log-in step: an admin who must have one is led from an admin page to the account
// page, enrols with a code computed here from the key read off the page (RFC 6238, HMAC-SHA1),
// keeps the recovery codes, logs out, and logs in again with a code and with a recovery code;
// makes new recovery codes with the password (the old ones stop working) and cannot turn the
// required factor off. Then the admin requires a second step of team leads: a lead is asked
// at log-in, enrols, and turns it off again (password and code) once it is no longer required.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';
import { base32Decode, totp } from './totp.mjs';

let server;
let browser;
let admin;
let recoveryCodes;

before(async () => {
  server = await startServer({ requireSecondFactor: true });
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function passwordStep(page, who = admin) {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(who.email);
  await page.getByLabel('Wachtwoord').fill(who.password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL('**/inloggen');
}

test('an admin enrols a second step and logs in with a code and with a recovery code', async () => {
  const { page } = await newPage(browser, server.baseURL);
  await passwordStep(page);
  await expectPage(page, 'Mijn teams');

  // An admin page is closed until the second step is set up, and says where to go.
  await page.goto('/uitnodigingen');
  await page.getByRole('alert').filter({ hasText: 'Stel eerst een tweede stap in' }).waitFor();
  await page.getByRole('alert').getByRole('link', { name: 'Tweede stap instellen' }).click();
  await expectPage(page, 'Mijn account');
  await page.getByText('Je rol vraagt een tweede stap (als beheerder, analist of teamleider)').waitFor();

  await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
  await page.getByRole('img', { name: 'QR-code om de tweede stap in je app te zetten' }).waitFor();
  const groups = await page.getByTestId('mfa-secret').textContent();
  assert.match(groups, /^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
  const secret = base32Decode(groups);
  assert.equal(secret.length, 20);
  await checkA11y(page, 'mfa-enrol');

  // A wrong code is refused with a readable message, announced; the typed code stays.
  const codeField = page.getByLabel('Code uit je app');
  await codeField.fill('000000');
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByText('Deze code klopt niet').first().waitFor();
  assert.equal(await codeField.inputValue(), '000000');

  const now = () => Math.floor(Date.now() / 1000);
  await codeField.fill(totp(secret, now()));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('heading', { name: 'Je herstelcodes' }).waitFor();
  // the codes' heading takes the focus, so a screen reader starts there
  await eventually(() => page.evaluate(() => document.activeElement?.textContent), (t) => assert.equal(t, 'Je herstelcodes'));
  const codes = await page.getByTestId('recovery-code').allTextContents();
  assert.equal(codes.length, 10);
  recoveryCodes = codes;
  await checkA11y(page, 'mfa-recovery-codes');
  await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await eventually(() => page.getByTestId('mfa-on').textContent(), (t) => assert.match(t, /10 ongebruikte herstelcodes/));

  // The admin page opens now.
  await page.goto('/uitnodigingen');
  await expectPage(page, 'Uitnodigingen');

  // Log out, and in again: the password, then the code (the next step's: the first is used).
  await logOut(page);
  await passwordStep(page);
  await expectPage(page, 'Tweede stap');
  const field = page.getByLabel('Code uit je app');
  assert.equal(await field.getAttribute('autocomplete'), 'one-time-code');
  assert.equal(await field.getAttribute('inputmode'), 'numeric');
  await checkA11y(page, 'mfa-login-step');
  await field.fill(totp(secret, now() + 30));
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await expectPage(page, 'Mijn teams');

  // And with a recovery code, which then works no more.
  for (const works of [true, false]) {
    await logOut(page);
    await passwordStep(page);
    await expectPage(page, 'Tweede stap');
    await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
    await page.getByLabel('Herstelcode').fill(codes[0]);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    if (works) await expectPage(page, 'Mijn teams');
    else await page.getByRole('alert').filter({ hasText: 'Deze herstelcode klopt niet, of is al gebruikt.' }).waitFor();
  }
});

async function withRecoveryCode(page, who, code) {
  await passwordStep(page, who);
  await expectPage(page, 'Tweede stap');
  await page.getByRole('button', { name: 'Gebruik een herstelcode' }).click();
  await page.getByLabel('Herstelcode').fill(code);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

test('new recovery codes ask the password, replace the old ones, and a required factor stays on', async () => {
  assert.ok(recoveryCodes, 'the enrolment test ran first');
  const { context, page } = await newPage(browser, server.baseURL);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withRecoveryCode(page, admin, recoveryCodes[1]);
  await expectPage(page, 'Mijn teams');
  await page.goto('/account#tweede-stap');
  await expectPage(page, 'Mijn account');
  await page.getByTestId('mfa-on').waitFor();
  // The admin's role requires the factor: no way to turn it off, and it says why.
  await page.getByTestId('mfa-cannot-disable').filter({ hasText: 'je kunt hem niet uitzetten' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Tweede stap uitzetten' }).count(), 0);

  await page.getByRole('button', { name: 'Nieuwe herstelcodes maken' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Nieuwe herstelcodes' });
  await dialog.waitFor();
  const password = dialog.getByLabel('Je wachtwoord');
  await password.fill('niet mijn wachtwoord');
  await dialog.getByRole('button', { name: 'Nieuwe codes maken' }).click();
  await dialog.getByText('Dit is niet je wachtwoord.').waitFor();
  assert.equal(await password.inputValue(), 'niet mijn wachtwoord');  // the typed text stays
  await checkA11y(page, 'mfa-new-codes-dialog');
  await password.fill(admin.password);
  await dialog.getByRole('button', { name: 'Nieuwe codes maken' }).click();
  await page.getByText('Je nieuwe herstelcodes staan hieronder. De oude werken niet meer.').waitFor();
  const fresh = await page.getByTestId('recovery-code').allTextContents();
  assert.equal(fresh.length, 10);
  assert.equal(fresh.filter((c) => recoveryCodes.includes(c)).length, 0);
  assert.equal(await page.locator('.vk-recovery-codes').getAttribute('aria-live'), 'polite');
  await eventually(() => page.evaluate(() => document.activeElement?.textContent), (t) => assert.equal(t, 'Je herstelcodes'));
  await page.getByRole('button', { name: 'Kopiëren' }).click();
  await page.getByText('De codes staan op het klembord.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), fresh.join('\n'));
  await checkA11y(page, 'mfa-new-codes');
  await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await eventually(() => page.getByTestId('mfa-on').textContent(), (t) => assert.match(t, /10 ongebruikte herstelcodes/));

  // An old, unused code works no more; a new one does.
  await logOut(page);
  await withRecoveryCode(page, admin, recoveryCodes[2]);
  await page.getByRole('alert').filter({ hasText: 'Deze herstelcode klopt niet, of is al gebruikt.' }).waitFor();
  await withRecoveryCode(page, admin, fresh[0]);
  await expectPage(page, 'Mijn teams');
  recoveryCodes = fresh.slice(1);
  await context.close();
});

test('an organisation requires a second step of team leads; a lead enrols, and turns it off once allowed', async () => {
  assert.ok(recoveryCodes, 'the enrolment tests ran first');
  // The lead, through the API (the admin's API session has a second factor by now).
  const team = await admin.admin.request('POST', '/teams', { name: 'Team Noord' });
  const lead = { email: 'lotte@wijkteam-oost.nl', password: 'nog een lange zin als wachtwoord', name: 'Lotte Jansen' };
  const inv = await admin.admin.request('POST', '/invitations', {
    email: lead.email, name: lead.name, teamId: team.id, role: 'team_lead', discipline: 'gezinscoach', experience: 'gezel', orgAdmin: false,
  });
  await new ApiSession(server.baseURL).request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name: lead.name, password: lead.password });

  // The admin turns the requirement on, on the members page.
  const { context: adminContext, page: adminPage } = await newPage(browser, server.baseURL);
  await withRecoveryCode(adminPage, admin, recoveryCodes[0]);
  await expectPage(adminPage, 'Mijn teams');
  await adminPage.goto('/leden');
  await adminPage.getByRole('heading', { name: 'Tweede stap bij het inloggen' }).waitFor();
  await adminPage.getByTestId('mfa-org-admins').filter({ hasText: 'Beheerders en analisten moeten een tweede stap hebben' }).waitFor();
  const required = adminPage.getByLabel('Tweede stap verplicht voor teamleiders');
  assert.equal(await required.isChecked(), false);
  await required.check();
  await adminPage.getByRole('button', { name: 'Verplichting opslaan' }).click();
  await adminPage.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  await checkA11y(adminPage, 'mfa-organisation');
  await adminContext.close();

  // The lead logs in and is asked to enrol before reaching the team.
  const { page } = await newPage(browser, server.baseURL);
  await passwordStep(page, lead);
  await page.getByRole('alert').filter({ hasText: 'Stel eerst een tweede stap in' }).waitFor();
  await page.getByRole('alert').getByRole('link', { name: 'Tweede stap instellen' }).click();
  await expectPage(page, 'Mijn account');
  await page.getByText('Je rol vraagt een tweede stap (als beheerder, analist of teamleider)').first().waitFor();
  await page.getByRole('button', { name: 'Tweede stap instellen' }).click();
  const secret = base32Decode(await page.getByTestId('mfa-secret').textContent());
  const now = () => Math.floor(Date.now() / 1000);
  const confirmedAt = now();
  await page.getByLabel('Code uit je app').fill(totp(secret, confirmedAt));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await page.getByRole('heading', { name: 'Je herstelcodes' }).waitFor();
  await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
  await page.getByTestId('mfa-cannot-disable').waitFor();
  await page.goto(`/teams/${team.id}`);
  await expectPage(page, 'Team Noord');

  // No longer required: the lead turns it off with the password and a fresh code.
  await admin.admin.request('PUT', '/organisation/second-factor', { requiredForTeamLeads: false });
  await page.goto('/account#tweede-stap');
  await page.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Tweede stap uitzetten?' });
  await dialog.getByLabel('Je wachtwoord').fill(lead.password);
  await dialog.getByLabel('Code uit je app').fill('000000');
  await dialog.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  await dialog.getByText('Deze code klopt niet.').first().waitFor();
  await checkA11y(page, 'mfa-disable-dialog');
  await dialog.getByLabel('Code uit je app').fill(totp(secret, Math.max(now(), confirmedAt + 30)));
  await dialog.getByRole('button', { name: 'Tweede stap uitzetten' }).click();
  await page.getByRole('status').filter({ hasText: 'De tweede stap staat uit.' }).waitFor();
  await page.getByRole('button', { name: 'Tweede stap instellen' }).waitFor();
  await logOut(page);
  await passwordStep(page, lead);
  await expectPage(page, 'Mijn teams');  // the password alone again
});
