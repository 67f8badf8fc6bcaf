// Journey: the five rules as they live in team Noord (demo). A member on a 390 px phone opens
// the team's matrix (one rule at a time, no sideways scroll), follows an empty cell's question
// to the form, adds an example and shares it; the matrix shows it. A private example counts
// but its text reaches no colleague. On a laptop the matrix is a table with the rules as rows.
// Every page is checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1366, height: 900 } };
const SHARED = 'We vroegen de buurtvereniging wat zij anders zagen dan wij (e2e-gedeeld).';
const PRIVATE = 'Zzprive-e2e-voorbeeld';

let server;
let browser;
let teamId;
let teamName;

async function apiAs(email) {
  const s = new ApiSession(server.baseURL);
  await s.request('POST', '/session', { email, password: demoLogins.password });
  return s;
}

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  const lead = await apiAs(demoLogins.lead);
  ({ id: teamId, name: teamName } = (await lead.request('GET', '/teams')).items.find((t) => t.name.includes('Noord')));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member adds an example on a phone and, once shared, it shows in the matrix', async () => {
  const m = await newPage(browser, server.baseURL, PHONE);
  await logIn(m.page, demoLogins.member);
  await m.page.goto(`/teams/${teamId}`);
  await m.page.getByRole('navigation', { name: 'Wat dit team doet' }).getByRole('link', { name: 'Vuistregels' }).click();
  await expectPage(m.page, `Vuistregels van ${teamName}`);
  await m.page.getByText(/van de 20 vakjes hebben een voorbeeld/).waitFor();
  // the demo filled part of the matrix; on a phone it is a list per rule, no table
  assert.equal(await m.page.getByRole('table').count(), 0);
  await m.page.getByRole('heading', { level: 2, name: 'Zoek tegenspraak' }).waitFor();
  await checkA11y(m.page, 'guideline matrix (phone)');
  await noSideways(m.page, 'guideline matrix (phone)');

  // an empty cell asks the team; its link opens the form for that cell
  const card = m.page.locator('section', { has: m.page.getByRole('heading', { level: 2, name: 'Zoek tegenspraak' }) });
  const cell = card.locator('li', { has: m.page.getByRole('heading', { level: 3, name: 'Laagdrempelig er zijn' }) });
  await cell.getByText("Waar zien jullie 'Zoek tegenspraak' bij 'Laagdrempelig er zijn'?").waitFor();
  await cell.getByRole('link', { name: 'Voeg een voorbeeld toe' }).click();
  await expectPage(m.page, 'Mijn voorbeelden');
  await eventually(() => m.page.getByLabel('Vuistregel', { exact: true }).inputValue(), (v) => assert.equal(v, 'tegenspraak'));
  assert.equal(await m.page.getByLabel('Onderdeel van de opdracht').inputValue(), 'laagdrempelig');
  await checkA11y(m.page, 'my examples (phone)');
  await noSideways(m.page, 'my examples (phone)');

  // first a private one: counted, its text stays with its author
  await m.page.getByLabel(/Je voorbeeld/).fill(PRIVATE);
  await m.page.getByRole('button', { name: 'Voorbeeld bewaren' }).click();
  await m.page.getByText('Je voorbeeld is bewaard. Alleen jij ziet de tekst.').waitFor();
  // then a shared one in the same cell
  await m.page.getByLabel(/Je voorbeeld/).fill(SHARED);
  await m.page.getByLabel('Deel met het team', { exact: true }).check();
  await m.page.getByRole('button', { name: 'Voorbeeld bewaren' }).click();
  await m.page.getByText('Je voorbeeld is bewaard en gedeeld met het team.').waitFor();
  await m.page.getByRole('listitem').filter({ hasText: PRIVATE }).getByText(/alleen voor jou/).waitFor();
  await noSideways(m.page, 'my examples after saving (phone)');

  await m.page.getByRole('link', { name: 'Naar de vuistregels van het team' }).click();
  await expectPage(m.page, `Vuistregels van ${teamName}`);
  const after = m.page.locator('section', { has: m.page.getByRole('heading', { level: 2, name: 'Zoek tegenspraak' }) })
    .locator('li', { has: m.page.getByRole('heading', { level: 3, name: 'Laagdrempelig er zijn' }) });
  await after.getByText(SHARED).waitFor();
  await after.getByText('2 voorbeelden').waitFor();
  assert.equal(await m.page.getByText(PRIVATE).count(), 0, 'the private text is not on the matrix');
  await noSideways(m.page, 'guideline matrix after sharing (phone)');

  // a colleague sees the shared one, never the private one
  const colleague = await apiAs('youssef.elidrissi@demostad.nl');
  const matrix = JSON.stringify(await colleague.request('GET', `/teams/${teamId}/guideline`));
  assert.ok(matrix.includes('e2e-gedeeld'));
  assert.ok(!matrix.includes(PRIVATE));
  await m.context.close();
});

test('on a laptop the matrix is a table with the rules as rows', async () => {
  const l = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(l.page, demoLogins.lead);
  await l.page.goto(`/vuistregels/teams/${teamId}`);
  await expectPage(l.page, `Vuistregels van ${teamName}`);
  const table = l.page.getByRole('table');
  await table.waitFor();
  assert.equal(await table.getByRole('rowheader').count(), 5);
  assert.equal(await table.getByRole('columnheader').count(), 5);
  await checkA11y(l.page, 'guideline matrix (laptop)');
  await noSideways(l.page, 'guideline matrix (laptop)');
  await l.page.goto('/vuistregels/organisatie');
  await expectPage(l.page, 'Vuistregels in de organisatie');
  await checkA11y(l.page, 'guideline organisation');
  await l.context.close();
});
