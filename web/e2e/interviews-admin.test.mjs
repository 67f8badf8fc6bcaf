// Journey: an organisation admin makes the interview part her organisation's own. Anna copies
// the starter deck, tries to add a card without a title (a Dutch error, nothing typed is lost),
// adds it, moves it up and prints the deck; she adds a word to the theme "Het team" in the
// codebook, and a fragment Bo shares afterwards gets that theme suggested. Axe on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let org;
let teamId;

async function addMember(email, name, password) {
  const inv = await org.admin.request('POST', '/invitations', {
    email, name, teamId, role: 'member', discipline: 'gezinscoach', experience: 'gezel', orgAdmin: false,
  });
  const session = new ApiSession(server.baseURL);
  await session.request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name, password });
  const me = new ApiSession(server.baseURL);
  const login = await me.request('POST', '/session', { email, password });
  return { session: me, id: login.user?.id ?? (await me.request('GET', '/me')).user.id };
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  org = await setUpOrganisation(server.baseURL);
  teamId = (await org.admin.request('POST', '/teams', { name: 'Team Noord' })).id;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an admin copies the deck, adds a card, edits a theme and a shared fragment gets that theme', async () => {
  const a = await newPage(browser, server.baseURL);
  const page = a.page;
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(org.email);
  await page.getByLabel('Wachtwoord').fill(org.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');

  // The decks: the starter deck stays; a copy becomes the organisation's own.
  await page.goto('/vakgesprekken');
  await expectPage(page, 'Vakgesprekken');
  await page.getByRole('link', { name: 'Kaartensets' }).click();
  await expectPage(page, 'Kaartensets');
  await page.getByRole('cell', { name: 'Startset', exact: true }).waitFor();
  await checkA11y(page, 'decks');
  await page.getByRole('button', { name: 'Maak de kopie' }).click();
  await page.getByRole('link', { name: 'Geef de set een naam.' }).waitFor();  // the error summary
  await page.getByLabel('Naam van je set').fill('Kaarten van Noord');
  await page.getByRole('button', { name: 'Maak de kopie' }).click();
  await expectPage(page, 'Kaartenset: Kaarten van Noord');
  await checkA11y(page, 'own deck');

  // A card without a title: a Dutch error, and what was typed stays.
  await page.locator('#new-card-group').selectOption({ label: 'Wat werkt in het klein' });
  await page.locator('#new-card-questions').fill('Wanneer maakte de school het verschil voor een gezin?');
  await page.locator('#new-card-prompts').fill('Wie zette de eerste stap?');
  await page.getByRole('button', { name: 'Voeg de kaart toe' }).click();
  await page.getByRole('link', { name: 'Geef de kaart een titel.' }).waitFor();
  assert.equal(await page.locator('#new-card-questions').inputValue(), 'Wanneer maakte de school het verschil voor een gezin?');
  await checkA11y(page, 'card form with an error');
  await page.locator('#new-card-title').fill('Samen met school');
  await page.getByRole('button', { name: 'Voeg de kaart toe' }).click();
  await page.getByText('De kaart is toegevoegd.').waitFor();
  const rows = page.locator('#deck-cards-table tbody tr');
  await page.getByRole('rowheader', { name: 'Samen met school' }).waitFor();
  await eventually(() => rows.count(), (n) => assert.equal(n, 12));
  await eventually(() => rows.nth(11).textContent(), (t) => assert.match(t, /Samen met school/));
  await page.getByRole('button', { name: 'Omhoog: Samen met school' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#deck-cards-table tbody tr')[10]?.textContent?.includes('Samen met school'));
  const pdf = await page.request.get(await page.getByRole('link', { name: 'Kaarten van Noord (PDF)' }).getAttribute('href'));
  assert.equal(pdf.headers()['content-type'], 'application/pdf');

  // The codebook: the theme "Het team" gets a word of this organisation.
  await page.goto('/vakgesprekken/codeboek');
  await expectPage(page, 'Codeboek');
  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Het team' });
  await page.getByRole('heading', { level: 2, name: 'Thema: Het team' }).waitFor();
  const words = page.locator('#theme-keywords');
  await words.fill(`${await words.inputValue()}, koffietafel`);
  await page.locator('#theme-description').fill('Onze thuisbasis, met de koffietafel als hart van het team.');
  await page.getByRole('button', { name: 'Bewaar het thema' }).click();
  await page.getByText('Opgeslagen.').waitFor();
  await page.locator('#sub-new-title').fill('De maandagochtend');
  await page.locator('#sub-new-keywords').fill('maandagochtend');
  await page.getByRole('button', { name: 'Voeg het subthema toe' }).click();
  await page.getByRole('rowheader', { name: 'De maandagochtend' }).waitFor();
  await checkA11y(page, 'codebook');

  // Bo shares a thought about the coffee table; the text engine suggests "team".
  const karim = await addMember('karim@wijkteam-oost.nl', 'Karim El Idrissi', 'karims lange wachtwoord');
  const bo = await addMember('bo@wijkteam-oost.nl', 'Bo Jansen', 'bo heeft een lang wachtwoord');
  const iv = await karim.session.request('POST', '/interviews', { teamId, intervieweeId: bo.id, purpose: 'collegial' });
  const shared = await bo.session.request('POST', `/interviews/${iv.id}/fragments`, {
    text: 'Aan de koffietafel hoor ik wat er speelt.', anonymous: true,
  });
  assert.deepEqual(shared.themes, ['team']);

  // In the team's threads Bo finds it under the theme, with the organisation's title.
  const b = await newPage(browser, server.baseURL);
  await b.page.goto('/inloggen');
  await expectPage(b.page, 'Inloggen');
  await b.page.getByLabel('E-mailadres').fill('bo@wijkteam-oost.nl');
  await b.page.getByLabel('Wachtwoord').fill('bo heeft een lang wachtwoord');
  await b.page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(b.page, 'Mijn teams');
  await b.page.goto(`/teams/${teamId}/rode-draden`);
  await expectPage(b.page, 'Rode draden: Team Noord');
  const item = b.page.locator('.vk-iv-fragment').filter({ hasText: 'Aan de koffietafel hoor ik wat er speelt.' });
  await item.waitFor();
  await eventually(() => item.textContent(), (t) => assert.match(t, /Het team/));
  assert.deepEqual(b.problems(), []);
  await b.context.close();
  // The organisation admin, who is not in the team, sees the team's name in the heading too.
  await page.goto(`/teams/${teamId}/rode-draden`);
  await expectPage(page, 'Rode draden: Team Noord');
  assert.deepEqual(a.problems(), []);
  await a.context.close();
});
