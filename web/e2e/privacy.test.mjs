// Journeys: the privacy guard on a help question (a BSN is refused; a name is replaced by a
// placeholder and the question saved) and the members' AVG rights (a member downloads their own
// data from the account page; the organisation admin downloads and erases a colleague's data after
// a confirmation dialog, and reads the audit log as a table and as CSV). Every page is checked
// with axe.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectFocus, expectPage, launchBrowser, logIn, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let teamId;
const password = 'een lange zin als wachtwoord';

async function colleague(admin, email, name) {
  const inv = await admin.request('POST', '/invitations', { email, name, teamId, experience: 'gezel', discipline: 'jongerenwerker' });
  const s = new ApiSession(server.baseURL);
  await s.request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name, password });
  return s;
}


/** Click a download link and return the downloaded file's text and suggested name. */
async function download(page, link) {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { admin } = await setUpOrganisation(server.baseURL, { password });
  teamId = (await admin.request('POST', '/teams', { name: 'Team Noord' })).id;
  await colleague(admin, 'sem@wijkteam-oost.nl', 'Sem Bakker');
  await colleague(admin, 'lotte@wijkteam-oost.nl', 'Lotte Vermeulen');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member downloads their own data as JSON from the account page', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL);
  await logIn(page, 'sem@wijkteam-oost.nl', password);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn account' }).click();
  await expectPage(page, 'Mijn account');
  await page.getByRole('heading', { level: 2, name: 'Kopie van je gegevens' }).waitFor();
  // members see no audit log in the menu
  assert.equal(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Auditlog' }).count(), 0);
  await checkA11y(page, 'account page');

  // beside the JSON: the same data as a summary in Dutch to read
  const summary = await download(page, page.getByRole('link', { name: 'Download een leesbaar overzicht (PDF)' }));
  assert.equal(summary.name, 'vakkompas-mijn-gegevens.pdf');
  assert.ok(summary.text.startsWith('%PDF-'), 'a PDF');

  const file = await download(page, page.getByRole('link', { name: 'Download mijn gegevens' }));
  assert.equal(file.name, 'vakkompas-mijn-gegevens.json');
  const data = JSON.parse(file.text);
  assert.match(data.exportedAt, /^\d{4}-\d\d-\d\dT/);
  assert.equal(data.foundation.account.email, 'sem@wijkteam-oost.nl');
  assert.equal(data.foundation.account.name, 'Sem Bakker');
  assert.equal(data.foundation.account.organisation, 'Wijkteam Oost');
  assert.deepEqual(data.foundation.teams, [{ team: 'Team Noord', role: 'member' }]);
  assert.ok(data.foundation.sessions.length >= 1);
  assert.ok(!file.text.includes('password'), 'no password hash in the export');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('a help question with a BSN is refused; a name is replaced by [naam] and the question saved', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL);
  await logIn(page, 'sem@wijkteam-oost.nl', password);
  await page.goto(`/kennis/teams/${teamId}/hulpvraag`);
  await expectPage(page, 'Hulpvraag: wie weet dit?');
  const field = page.getByLabel('De hulpvraag');
  await field.fill('Mevrouw Jansen (BSN 111222333) heeft schulden en een huurachterstand en durft de post niet open te maken.');
  // the check while typing already shows the refusal; saving is refused too
  await page.getByRole('button', { name: 'Advies vragen' }).click();
  const refusal = page.getByText('Zo kun je dit niet opslaan.');
  await refusal.waitFor();
  const found = page.getByRole('list', { name: 'Gevonden gegevens' });
  await eventually(() => found.innerText(), (t) => {
    assert.match(t, /BSN\s+“111222333”/);
    assert.match(t, /Naam\s+“Mevrouw Jansen”/);
  });
  await eventually(() => field.getAttribute('aria-invalid'), (v) => assert.equal(v, 'true'));
  assert.equal(await page.getByLabel('Dit zijn geen gegevens van een inwoner').count(), 0);
  assert.equal(await page.getByRole('heading', { name: 'Advies', exact: true }).count(), 0);
  await checkA11y(page, 'help question refused');

  // remove the BSN by hand: only the name is left, which may be replaced by a placeholder
  await field.fill('Mevrouw Jansen heeft schulden en een huurachterstand en durft de post niet open te maken.');
  await refusal.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Vervang door [naam]: Mevrouw Jansen' }).click();
  await eventually(() => field.inputValue(), (v) => assert.equal(v, '[naam] heeft schulden en een huurachterstand en durft de post niet open te maken.'));
  await page.getByRole('status').filter({ hasText: '„Mevrouw Jansen” vervangen door [naam].' }).waitFor();
  await found.waitFor({ state: 'detached' });
  await checkA11y(page, 'help question after replacing');
  await page.getByRole('button', { name: 'Advies vragen' }).click();
  await page.getByRole('heading', { name: 'Advies', exact: true }).waitFor();
  await checkA11y(page, 'help question saved');

  // what was saved is the text with the placeholder (the member's own export shows it)
  await page.goto('/account');
  await expectPage(page, 'Mijn account');
  const file = await download(page, page.getByRole('link', { name: 'Download mijn gegevens' }));
  assert.ok(file.text.includes('[naam] heeft schulden'), 'the saved question has the placeholder');
  assert.ok(!file.text.includes('Jansen') && !file.text.includes('111222333'), 'no resident data saved');
  assert.deepEqual(problems(), []);
  await context.close();
});

test('the admin downloads and erases a member, then reads the audit log', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL);
  await logIn(page, 'anna@wijkteam-oost.nl', password);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('link', { name: 'Leden' }).click();
  await expectPage(page, 'Leden');
  await checkA11y(page, 'members with AVG actions');

  const exported = await download(page, page.getByRole('link', { name: 'Gegevens downloaden van Lotte Vermeulen' }));
  assert.equal(JSON.parse(exported.text).foundation.account.email, 'lotte@wijkteam-oost.nl');
  // no erasing yourself
  assert.equal(await page.getByRole('button', { name: 'Gegevens wissen van Anna de Vries' }).count(), 0);

  await page.getByRole('button', { name: 'Gegevens wissen van Lotte Vermeulen' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Gegevens van Lotte Vermeulen wissen?' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /niet ongedaan maken/);
  assert.match(await dialog.innerText(), /alleen anoniem/);
  await checkA11y(page, 'erase dialog');
  // Escape cancels and gives focus back to the button (the focus returns after the dialog is
  // gone, in an effect: wait for it, a one-shot read races with it in a loaded full run)
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  const eraseId = await page.getByRole('button', { name: 'Gegevens wissen van Lotte Vermeulen' }).getAttribute('id');
  assert.ok(eraseId, 'the erase button has an id');
  await expectFocus(page, eraseId, 'focus back on the erase button');
  await page.getByRole('button', { name: 'Gegevens wissen van Lotte Vermeulen' }).click();
  await dialog.getByRole('button', { name: 'Ja, wis de gegevens van Lotte Vermeulen' }).click();
  await page.getByRole('status').filter({ hasText: 'De gegevens van Lotte Vermeulen zijn gewist.' }).waitFor();
  await page.getByRole('row').filter({ hasText: 'lotte@wijkteam-oost.nl' }).waitFor({ state: 'detached' });
  await page.getByRole('row').filter({ hasText: 'sem@wijkteam-oost.nl' }).waitFor();

  await nav.getByRole('link', { name: 'Auditlog' }).click();
  await expectPage(page, 'Auditlog');
  const table = page.getByRole('table', { name: /^Auditlog, \d+ regels/ });
  await table.waitFor();
  await eventually(() => table.innerText(), (text) => {
    assert.match(text, /Gegevens van een lid gewist/);
    assert.match(text, /Gegevens gedownload/);
    assert.match(text, /Gewist lid \(nr\. \d+\)/); // Lotte accepted her invitation: now only a number
    // what an entry is about in words, not the code
    assert.match(text, /\baccount \d+/);
    assert.match(text, /\buitnodiging \d+/);
    assert.doesNotMatch(text, /\buser\/\d+/);
  });
  await checkA11y(page, 'audit log');
  const csv = await download(page, page.getByRole('link', { name: 'Download als CSV' }));
  assert.equal(csv.name, 'vakkompas-auditlog.csv');
  assert.match(csv.text, /^tijdstip,naam,gebruiker,actie,object\r\n/);
  assert.match(csv.text, /"member\.erase"/);
  assert.match(csv.text, /^[^,\r\n]+,"[^"]+",\d+,"member\.erase"/m, 'who erased, by name and number');
  assert.deepEqual(problems(), []);
  await context.close();
});
