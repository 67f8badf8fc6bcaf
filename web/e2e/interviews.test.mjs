// Journey: interviews about the craft on a phone. Karim interviews Bo: notes per card save as
// you type, survive a reload half-way and a dropped network; Bo shares a fragment without
// her name and finds it in the team's common threads; a zodatje with a resident's BSN and name is
// refused, keeps what she typed and is fixed with the placeholders. Every page is checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let teamId;

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function addMember(admin, email, name, password) {
  const inv = await admin.request('POST', '/invitations', {
    email, name, teamId, role: 'member', discipline: 'gezinscoach', experience: 'gezel', orgAdmin: false,
  });
  await new ApiSession(server.baseURL).request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name, password });
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { admin } = await setUpOrganisation(server.baseURL);
  teamId = (await admin.request('POST', '/teams', { name: 'Team Noord' })).id;
  await addMember(admin, 'karim@wijkteam-oost.nl', 'Karim El Idrissi', 'karims lange wachtwoord');
  await addMember(admin, 'bo@wijkteam-oost.nl', 'Bo Jansen', 'bo heeft een lang wachtwoord');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});


const state = (page) => page.getByRole('status').filter({ hasText: /Opgeslagen|opslaan|Geen verbinding|Nog niet/ }).first();

test('conduct an interview on a phone with a reload half-way, share a fragment, find it in the threads', async () => {
  const k = await newPage(browser, server.baseURL, PHONE);
  await logIn(k.page, 'karim@wijkteam-oost.nl', 'karims lange wachtwoord');
  await k.page.goto('/vakgesprekken');
  await expectPage(k.page, 'Vakgesprekken');
  await checkA11y(k.page, 'interviews');
  await k.page.getByLabel('Wie interview je?').selectOption({ label: 'Bo Jansen' });
  await k.page.getByRole('button', { name: 'Start het gesprek' }).click();
  await expectPage(k.page, 'Jij interviewt Bo Jansen');
  await checkA11y(k.page, 'interview mode');

  // Card 1 (the opening), then card 2: notes save as you type.
  const notes = k.page.getByLabel('Aantekeningen bij deze kaart');
  await notes.fill('We kennen elkaar al uit het duo.');
  await state(k.page).filter({ hasText: 'Opgeslagen' }).waitFor();
  await k.page.getByRole('button', { name: 'Volgende kaart' }).click();
  await k.page.getByRole('heading', { level: 2, name: 'In je element' }).waitFor();
  await notes.fill('In haar element als een gezin zelf de eerste stap zet.');
  // Reload half-way, before the save had a chance: nothing is lost.
  await k.page.reload();
  await k.page.getByRole('heading', { level: 2, name: 'In je element' }).waitFor();
  await eventually(() => notes.inputValue(), (v) => assert.equal(v, 'In haar element als een gezin zelf de eerste stap zet.'));
  await state(k.page).filter({ hasText: 'Opgeslagen' }).waitFor();

  // The network drops for a while: the text waits on the phone and is saved afterwards.
  await k.context.setOffline(true);
  await notes.fill('In haar element als een gezin zelf de eerste stap zet. Contact gaat voor tempo.');
  await state(k.page).filter({ hasText: 'Geen verbinding' }).waitFor({ timeout: 10_000 });
  await k.context.setOffline(false);
  await state(k.page).filter({ hasText: 'Opgeslagen' }).waitFor({ timeout: 15_000 });
  await k.page.reload();
  await k.page.getByRole('heading', { level: 2, name: 'In je element' }).waitFor();
  await eventually(() => notes.inputValue(), (v) => assert.equal(v, 'In haar element als een gezin zelf de eerste stap zet. Contact gaat voor tempo.'));
  await k.page.getByRole('button', { name: 'Rond het gesprek af' }).click();
  // ending the interview asks first; the dialog fits the phone and passes axe
  const finish = k.page.getByRole('alertdialog', { name: 'Het gesprek afronden?' });
  await finish.waitFor();
  await checkA11y(k.page, 'confirm finishing the interview');
  assert.equal(await k.page.getByText('Dit gesprek is afgerond.').count(), 0, 'not finished before the confirmation');
  await finish.getByRole('button', { name: 'Ja, rond het gesprek af' }).click();
  await k.page.getByText('Dit gesprek is afgerond.').waitFor();
  const width = await k.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(width <= 0, `interview mode scrolls sideways on a phone (${width}px)`);

  // Bo reads her interview and shares one thought with the team, without her name.
  const b = await newPage(browser, server.baseURL, PHONE);
  await logIn(b.page, 'bo@wijkteam-oost.nl', 'bo heeft een lang wachtwoord');
  await b.page.goto('/vakgesprekken');
  await expectPage(b.page, 'Vakgesprekken');
  await b.page.getByText('Geef de keten door').waitFor();  // her turn to interview a next colleague
  await b.page.getByRole('link', { name: 'Karim El Idrissi interviewt jou' }).click();
  await expectPage(b.page, 'Karim El Idrissi interviewt jou');
  await b.page.getByRole('button', { name: 'Volgende kaart' }).click();
  await b.page.getByLabel('Wat wil je delen?').fill('Contact gaat voor tempo: ik ga niet sneller dan het gezin.');
  await b.page.getByLabel('Deel zonder mijn naam').check();
  await b.page.getByRole('button', { name: 'Deel met het team' }).click();
  await b.page.getByText('Gedeeld met je team.').waitFor();
  await checkA11y(b.page, 'interview mode (interviewee)');

  await b.page.goto(`/teams/${teamId}/rode-draden`);
  await expectPage(b.page, 'Rode draden: Team Noord');
  await b.page.getByText('Contact gaat voor tempo: ik ga niet sneller dan het gezin.').first().waitFor();
  await eventually(() => b.page.textContent('main'), (threads) => assert.ok(!threads.includes('Bo Jansen interviewt') && threads.includes('Zonder naam'), threads));
  await checkA11y(b.page, 'team threads');

  await b.page.goto('/zodatjes');
  await expectPage(b.page, 'Zodatjes');
  // A zodatje with a resident's BSN and name is refused: what Bo typed stays in the fields, each
  // field lists its own findings, and one click per finding puts a placeholder in its place.
  const ik = b.page.getByLabel('Ik …');
  const zodat = b.page.getByLabel('zodat …');
  await ik.fill('bel Mevrouw Jansen elke maandag even op');
  await zodat.fill('zij met BSN 111222333 bij het loket terecht kan');
  await b.page.getByRole('button', { name: 'Bewaar' }).click();
  await b.page.getByText('Zo kun je dit niet opslaan.').waitFor();
  await eventually(() => zodat.getAttribute('aria-invalid'), (v) => assert.equal(v, 'true'));
  assert.equal(await ik.inputValue(), 'bel Mevrouw Jansen elke maandag even op');
  assert.equal(await zodat.inputValue(), 'zij met BSN 111222333 bij het loket terecht kan');
  assert.equal(await b.page.getByText('Ik bel Mevrouw Jansen').count(), 0, 'nothing saved');
  await checkA11y(b.page, 'zodatje refused');
  await b.page.getByRole('button', { name: /^Vervang door \S+: 111222333$/ }).click();
  await eventually(() => zodat.inputValue(), (v) => assert.ok(!v.includes('111222333') && v.startsWith('zij met BSN [') && v.endsWith('] bij het loket terecht kan'), v));
  await b.page.getByRole('button', { name: /^Vervang door \[naam\]: Mevrouw Jansen$/ }).click();
  await eventually(() => ik.inputValue(), (v) => assert.equal(v, 'bel [naam] elke maandag even op'));
  await b.page.getByText('Zo kun je dit niet opslaan.').waitFor({ state: 'detached' });
  await b.page.getByRole('button', { name: 'Bewaar' }).click();
  await b.page.getByText(/^Ik bel \[naam\] elke maandag even op, zodat zij met BSN \[.+\] bij het loket terecht kan$/).waitFor();
  await eventually(() => ik.inputValue(), (v) => assert.equal(v, ''));
  const saved = await b.page.getByRole('region', { name: 'Mijn zodatjes' }).innerText();
  assert.ok(!saved.includes('Mevrouw Jansen') && !saved.includes('111222333'), `no resident data saved: ${saved}`);
  await b.page.getByLabel('Ik …').fill('ga naast hem op de bank zitten');
  await b.page.getByLabel('zodat …').fill('hij zich niet verhoord voelt');
  await b.page.getByRole('button', { name: 'Bewaar' }).click();
  await b.page.getByText('Ik ga naast hem op de bank zitten, zodat hij zich niet verhoord voelt').waitFor();
  await checkA11y(b.page, 'zodatjes');

  await b.page.goto('/rode-draden');
  await expectPage(b.page, 'Rode draden');
  await checkA11y(b.page, 'organisation threads');

  assert.deepEqual(k.problems().filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::/.test(p)), []);
  assert.deepEqual(b.problems(), []);
  await k.context.close();
  await b.context.close();
});
