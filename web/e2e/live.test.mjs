// Journey: a live half-day team session. Anna leads it on the projector; three participants
// join on their phones with the code (no account), write thoughts that stay hidden until
// Anna reveals them, one is reloaded half-way and resumes; Anna groups and places a thought
// with the keyboard; everyone writes their one sentence and a line for the song; the report
// shows it all. Both screens are checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, expectPage, launchBrowser, newPage } from './browser.mjs';
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

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a whole session with a facilitator and three phones', async () => {
  const f = await newPage(browser, server.baseURL, { viewport: { width: 1280, height: 900 } });
  await f.page.goto('/inloggen');
  await f.page.getByLabel('E-mailadres').fill('anna@wijkteam-oost.nl');
  await f.page.getByLabel('Wachtwoord').fill('een lange zin als wachtwoord');
  await f.page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(f.page, 'Mijn teams');
  await f.page.getByRole('link', { name: 'Teamsessie' }).click();
  await expectPage(f.page, 'Live teamsessie');
  await checkA11y(f.page, 'live home');
  await f.page.getByRole('button', { name: 'Sessie starten' }).click();
  await expectPage(f.page, 'Dagdeel over ons vak');
  const code = (await f.page.locator('.vk-live-code').textContent()).trim();
  assert.match(code, /^[A-Z0-9]{6}$/);
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
  // Hidden until revealed: the others do not see each other's thoughts yet.
  assert.equal(await phones[1].page.getByText(thoughts[0]).count(), 0);
  await f.page.getByText('3 nieuwe gedachten, nog verborgen').waitFor();

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
  await f.page.getByLabel(`Groep voor: ${thoughts[0]}`).selectOption('Contact');
  await f.page.getByRole('heading', { name: 'Contact', level: 3 }).waitFor();
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
