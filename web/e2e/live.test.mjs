// Journey: a live half-day team session. Anna leads it on the projector; three participants
// join on their phones with the code (no account), write thoughts that stay hidden until
// Anna reveals them, one is reloaded half-way and resumes; Anna groups and places a thought
// with the keyboard; everyone writes their one sentence and a line for the song; the report
// shows it all. Both screens are checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let admin;

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  ({ admin } = await setUpOrganisation(server.baseURL));
  await admin.request('POST', '/teams', { name: 'Team Noord' });
});

// Anna logs in and opens the live team sessions.
async function openLive(page) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('anna@wijkteam-oost.nl');
  await page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');
  await page.getByRole('link', { name: 'Teamsessie' }).click();
  await expectPage(page, 'Live teamsessie');
}

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a whole session with a facilitator and three phones', async () => {
  const f = await newPage(browser, server.baseURL, { viewport: { width: 1280, height: 900 } });
  await openLive(f.page);
  await checkA11y(f.page, 'live home');
  await f.page.getByRole('button', { name: 'Sessie starten' }).click();
  await expectPage(f.page, 'Dagdeel over ons vak');
  const code = (await eventually(() => f.page.locator('.vk-live-code').textContent(), (t) => assert.match(t.trim(), /^[A-Z0-9]{6}$/))).trim();
  await f.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();

  const names = ['Wijkagent Ruud', 'Juf Meryem', 'Coach Daan'];
  const phones = [];
  for (const name of names) {
    const p = await newPage(browser, server.baseURL, PHONE);
    await p.page.goto(`/live/join?code=${code}`);
    await expectPage(p.page, 'Meedoen met een teamsessie');
    if (phones.length === 0) await checkA11y(p.page, 'join');
    await p.page.getByLabel('Je naam').fill(name);
    await p.page.getByRole('button', { name: 'Meedoen' }).click();
    await expectPage(p.page, 'Dagdeel over ons vak');
    await p.page.getByText(`Je doet mee als ${name}.`).waitFor();
    phones.push(p);
  }

  // Opening with the song, then the interview: everyone writes a thought.
  await f.page.getByRole('button', { name: 'Blok starten' }).click();
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await f.page.getByRole('heading', { name: 'Interview over het vak' }).waitFor();
  const thoughts = ['Ze zoekt eerst contact met de buurt', 'Doorvragen tot het echte verhaal komt', 'Samen met school optrekken'];
  for (const [i, p] of phones.entries()) {
    await p.page.getByRole('heading', { name: 'Interview over het vak' }).waitFor();
    await p.page.getByLabel('Wat hoor je, wat denk je?').fill(thoughts[i]);
    await p.page.getByRole('button', { name: 'Versturen' }).click();
    await p.page.getByRole('listitem').filter({ hasText: thoughts[i] }).waitFor();
  }
  await checkA11y(phones[0].page, 'participant');
  // Hidden until revealed: the others do not see each other's thoughts yet (checked once the
  // facilitator has all three, so the thought did reach the server).
  await f.page.getByText('3 nieuwe gedachten, nog verborgen').waitFor();
  assert.equal(await phones[1].page.getByText(thoughts[0]).count(), 0);

  // A phone reloads half-way and resumes.
  await phones[2].page.reload();
  await expectPage(phones[2].page, 'Dagdeel over ons vak');
  await phones[2].page.getByRole('listitem').filter({ hasText: thoughts[2] }).waitFor();

  await f.page.getByRole('button', { name: 'Gedachten tonen' }).click();
  await phones[1].page.getByRole('listitem').filter({ hasText: thoughts[0] }).waitFor();
  await f.page.getByText('Geen nieuwe gedachten').waitFor();

  // Grouping and placing with the keyboard alternative.
  await f.page.getByLabel('Nieuwe groep').fill('Contact');
  await f.page.getByRole('button', { name: 'Groep maken' }).click();
  await f.page.getByRole('heading', { name: 'Contact', level: 3 }).waitFor();
  await f.page.getByRole('button', { name: thoughts[0], exact: true }).click();
  await f.page.getByRole('button', { name: `„${thoughts[0]}” naar Contact` }).click();
  const contact = f.page.locator('section.vk-live-group').filter({ has: f.page.getByRole('heading', { name: 'Contact', level: 3 }) });
  await contact.getByRole('button', { name: thoughts[0] }).waitFor();
  await contact.getByRole('button', { name: thoughts[0], exact: true }).click();
  await f.page.getByLabel(`Vuistregel en onderdeel voor: ${thoughts[0]}`).selectOption({ label: 'Maak verbinding × De buurt versterken' });
  const cell = f.page.locator('.vk-live-matrix tbody tr').filter({ hasText: 'Maak verbinding' });
  await cell.getByText(thoughts[0]).waitFor();
  await checkA11y(f.page, 'facilitator');

  // Mirror, then the one sentence, then new lines for the song.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  for (const [i, p] of phones.entries()) {
    await p.page.getByLabel('Maak de zin af: Het is mijn vak om…').fill(`Het is mijn vak om ${['te verbinden', 'door te vragen', 'koers te houden'][i]}`);
    await p.page.getByRole('button', { name: 'Versturen' }).click();
  }
  await f.page.getByText('Het is mijn vak om koers te houden').waitFor();
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await phones[0].page.getByLabel('Jouw regel voor het lied').fill('We dansen op wat de straat ons geeft');
  await phones[0].page.getByRole('button', { name: 'Versturen' }).click();
  await f.page.getByText('We dansen op wat de straat ons geeft').waitFor();

  // Afterwards: the report on screen and as PDF.
  await f.page.getByRole('link', { name: 'Opbrengst' }).click();
  await expectPage(f.page, 'Opbrengst: Dagdeel over ons vak');
  await f.page.getByRole('heading', { name: 'Maak verbinding × De buurt versterken' }).waitFor();
  await f.page.getByText('Het is mijn vak om door te vragen').waitFor();
  await f.page.getByText('We dansen op wat de straat ons geeft').waitFor();
  await checkA11y(f.page, 'report');
  const pdfHref = await f.page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
  const pdf = await f.page.request.get(pdfHref);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  for (const p of [f, ...phones]) assert.deepEqual(p.problems(), []);
});

// Journey: Anna, admin, words a rule of thumb her organisation's way and sets the link to the
// song (a wrong link is refused in Dutch); as facilitator she changes the programme, saves it
// as an own template and starts a session from it: the song link and her wording show up, the
// team's song holds the earlier session's line, and a thought she ticks goes to the team's
// common threads (one she does not tick stays in the session).
test('own template, the guideline in our words, the song link and consent for the threads', async () => {
  const teams = await admin.request('GET', '/teams');
  const team = teams.items.find((x) => x.name === 'Team Noord');
  const me = await admin.request('GET', '/me');
  await admin.request('PUT', `/teams/${team.id}/members/${me.user.id}`, { role: 'team_lead' });

  const a = await newPage(browser, server.baseURL, { viewport: { width: 1280, height: 900 } });
  await openLive(a.page);
  await a.page.getByRole('link', { name: 'Teamsessies instellen: het lied en de richtlijn' }).click();
  await expectPage(a.page, 'Teamsessies instellen');

  await a.page.getByLabel('Link naar het lied').fill('javascript:alert(1)');
  await a.page.getByRole('button', { name: 'Link opslaan' }).click();
  await a.page.getByText('Gebruik een volledige link naar het lied die begint met https:// of http://.').waitFor();
  await a.page.getByLabel('Link naar het lied').fill('https://example.org/ons-lied.mp3');
  await a.page.getByRole('button', { name: 'Link opslaan' }).click();
  await a.page.getByText('De link naar het lied is opgeslagen.').waitFor();
  await a.page.getByLabel('Naam van vuistregel 4').fill('Zoek het gesprek op');
  await a.page.getByRole('button', { name: 'Richtlijn opslaan' }).click();
  await a.page.getByText('De richtlijn is opgeslagen. Nieuwe sessies gebruiken jullie woorden.').waitFor();
  await checkA11y(a.page, 'live settings');

  // The programme: take out the interview, add a vote, save it as the organisation's own.
  await a.page.goto('/live');
  await expectPage(a.page, 'Live teamsessie');
  await a.page.getByRole('button', { name: 'Interview over het vak weghalen' }).click();
  await a.page.getByLabel('Soort blok om toe te voegen').selectOption('vote');
  await a.page.getByRole('button', { name: 'Blok toevoegen' }).click();
  await a.page.getByLabel('Naam van het sjabloon').fill('Korte sessie met stemronde');
  await a.page.getByRole('button', { name: 'Opslaan als eigen sjabloon' }).click();
  await a.page.getByText('Sjabloon Korte sessie met stemronde is opgeslagen voor je organisatie.').waitFor();
  await a.page.getByText('Korte sessie met stemronde (5 blokken, door Anna de Vries)').waitFor();
  await checkA11y(a.page, 'live home with an own template');

  // Later: pick the template and start a session from it.
  await a.page.reload();
  await expectPage(a.page, 'Live teamsessie');
  await a.page.getByLabel('Programma kiezen').selectOption({ label: 'Korte sessie met stemronde' });
  await a.page.locator('.vk-live-programme li').filter({ hasText: 'Stemronde' }).waitFor();
  await eventually(() => a.page.locator('.vk-live-programme li').filter({ hasText: 'Interview over het vak' }).count(), (n) => assert.equal(n, 0));
  await a.page.getByLabel('Naam van de sessie').fill('Sessie met eigen sjabloon');
  await a.page.getByRole('button', { name: 'Sessie starten' }).click();
  await expectPage(a.page, 'Sessie met eigen sjabloon');
  const sessionId = Number(a.page.url().match(/sessies\/(\d+)/)[1]);
  await a.page.getByRole('heading', { name: 'Opening met het lied' }).waitFor();
  await eventually(() => a.page.getByRole('link', { name: 'Het lied afspelen' }).getAttribute('href'), (v) => assert.equal(v, 'https://example.org/ons-lied.mp3'));
  await a.page.getByText('We dansen op wat de straat ons geeft').waitFor();  // the team's song so far
  await a.page.locator('.vk-live-matrix th[scope="row"]').filter({ hasText: 'Zoek het gesprek op' }).waitFor();
  await checkA11y(a.page, 'facilitator with the song');

  // As a participant on her phone: two thoughts, one switched on for the team's threads.
  const p = await a.context.newPage();
  await p.setViewportSize({ width: 375, height: 740 });
  await p.goto(`/live/sessies/${sessionId}`);
  await expectPage(p, 'Sessie met eigen sjabloon');
  const consent = (text) => p.getByRole('button', { name: `„${text}” mag naar de rode draden van het team` });
  for (const text of ['Eerst samen de straat op voordat het misgaat', 'Dit blijft liever in de sessie']) {
    await p.getByLabel('Wat hoor je, wat denk je?').fill(text);
    await p.getByRole('button', { name: 'Versturen' }).click();
    await consent(text).waitFor();
  }
  const put = p.waitForResponse((r) => r.url().includes('/contributions/') && r.request().method() === 'PUT' && r.ok());
  await consent('Eerst samen de straat op voordat het misgaat').click();
  await put;
  await consent('Eerst samen de straat op voordat het misgaat').and(p.locator('[aria-pressed="true"]')).waitFor();
  await eventually(() => consent('Dit blijft liever in de sessie').getAttribute('aria-pressed'), (v) => assert.equal(v, 'false'));
  await checkA11y(p, 'participant with consent');
  const threads = await (await a.page.request.get(`/api/v1/teams/${team.id}/threads`)).json();
  const live = threads.fragments.filter((f) => f.source === 'live').map((f) => f.text);
  assert.deepEqual(live, ['Eerst samen de straat op voordat het misgaat']);

  // Our team song: the verses of the earlier session.
  await a.page.goto(`/live/teams/${team.id}/lied`);
  await expectPage(a.page, 'Ons teamlied');
  await a.page.getByText('We dansen op wat de straat ons geeft').waitFor();
  await checkA11y(a.page, 'team song');

  const unexpected = a.problems().filter((x) => !/status of 422/.test(x));
  assert.deepEqual(unexpected, []);
});
