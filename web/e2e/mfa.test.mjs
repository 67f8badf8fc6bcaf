// The second log-in step: an admin who must have one is led from an admin page to the account
// page, enrols with a code computed here from the key read off the page (RFC 6238, HMAC-SHA1),
// keeps the recovery codes, logs out, and logs in again with a code and with a recovery code.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let admin;

before(async () => {
  server = await startServer({ requireSecondFactor: true });
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of text.replace(/[\s=]/g, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

function totp(secret, unixSeconds) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(unixSeconds / 30)));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

async function passwordStep(page) {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(admin.email);
  await page.getByLabel('Wachtwoord').fill(admin.password);
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
  await page.getByText('Als beheerder of analist heb je een tweede stap nodig').waitFor();

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
  const codes = await page.getByTestId('recovery-code').allTextContents();
  assert.equal(codes.length, 10);
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
