// Journey: a what-works conversation (wat-werkt-gesprek) in team Noord of the demo. Ingrid,
// the team lead, leads it on the projector; Sanne and Youssef take part on their phones.
// Step 1 a case (guarded), 2 questions hidden until shown, 3 the dilemma beneath it, 4 a
// perspective, 5 what works (private until shown), 6 an agreement, 7 the report and its PDF.
// Before that, the team page reminds of the demo's agreement that is due within a week.
// Every new screen is checked with axe, phones for sideways scrolling at 390 px; screenshots
// at 390 and 1366 px go to $VK_SHOTS (default /tmp/vk-live-shots).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { demoLogins, startServer } from './server.mjs';

let server;
let browser;
const SHOTS = process.env.VK_SHOTS ?? '/tmp/vk-live-shots';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };
const WIDE = { viewport: { width: 1366, height: 900 } };

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});


const shot = (page, name) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

test('a what-works conversation from step 1 to the PDF, with the team reminder', async () => {
  const f = await newPage(browser, server.baseURL, WIDE);
  await logIn(f.page, demoLogins.lead);

  // The team page reminds of the demo's agreement that comes up within a week.
  await f.page.getByRole('link', { name: 'Wijkteam Noord' }).first().click();
  await expectPage(f.page, 'Wijkteam Noord');
  const reminder = f.page.getByRole('region', { name: 'Eén afspraak om op terug te kijken' });
  await reminder.getByText('één gezamenlijk gesprek met het gezin').waitFor();
  await checkA11y(f.page, 'team page with reminder');
  await shot(f.page, 'team-reminder-1366');
  const teamUrl = new URL(f.page.url()).pathname;

  // Start a session from the programme "Wat-werkt-gesprek".
  await f.page.goto('/live');
  await expectPage(f.page, 'Live teamsessie');
  await f.page.getByLabel('Team', { exact: true }).selectOption({ label: 'Wijkteam Noord' });
  await f.page.getByLabel('Programma kiezen').selectOption({ label: 'Wat-werkt-gesprek' });
  await f.page.locator('.vk-live-programme li').filter({ hasText: '5. Wat heeft gewerkt?' }).waitFor();
  await eventually(() => f.page.getByLabel('Naam van de sessie').inputValue(), (v) => assert.equal(v, 'Wat-werkt-gesprek'));
  await f.page.getByRole('button', { name: 'Sessie starten' }).click();
  await expectPage(f.page, 'Wat-werkt-gesprek');
  const sessionId = Number(f.page.url().match(/sessies\/(\d+)/)[1]);
  await f.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();

  const phones = [];
  for (const email of [demoLogins.member, 'youssef.elidrissi@demostad.nl']) {
    const p = await newPage(browser, server.baseURL, PHONE);
    await logIn(p.page, email);
    await p.page.goto(`/live/sessies/${sessionId}`);
    await expectPage(p.page, 'Wat-werkt-gesprek');
    phones.push(p);
  }
  const [sanne, youssef] = phones;

  // 1. A case someone brings (no residents' data).
  await f.page.getByRole('button', { name: 'Blok starten' }).click();
  await f.page.getByRole('heading', { name: '1. Kiezen waarover we praten' }).waitFor();
  await f.page.getByLabel('We beginnen bij').selectOption({ label: 'Een casus die iemand inbrengt' });
  const caseText = 'Een alleenstaande vader met schulden wil geen hulp voor zijn puberzoon.';
  await f.page.getByLabel('De casus in een paar zinnen').fill(caseText);
  await checkA11y(f.page, 'facilitator, step 1');
  await f.page.getByRole('button', { name: 'Dit is ons begin' }).click();
  await sanne.page.getByText(caseText).waitFor();
  await checkA11y(sanne.page, 'phone, step 1');

  // 2. Questions to understand the case: hidden from the others until shown.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  const q = ['Wat wil de zoon zelf?', 'Wie kent de vader al het langst?'];
  for (const [i, p] of phones.entries()) {
    await p.page.getByRole('heading', { name: '2. De casus op het heetste moment' }).waitFor();
    await p.page.getByLabel('Jouw vraag om de casus beter te begrijpen').fill(q[i]);
    await p.page.getByRole('button', { name: 'Versturen' }).click();
    await p.page.getByRole('listitem').filter({ hasText: q[i] }).first().waitFor();
  }
  await f.page.getByText('2 nieuwe gedachten, nog verborgen').waitFor();
  assert.equal(await youssef.page.getByText(q[0]).count(), 0);
  await checkA11y(youssef.page, 'phone, step 2');
  await noSideways(youssef.page, 'phone, step 2');
  await f.page.getByRole('button', { name: 'Gedachten tonen' }).click();
  await youssef.page.getByRole('listitem').filter({ hasText: q[0] }).first().waitFor();

  // 3. The dilemma beneath it, and what each choice costs.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await f.page.getByRole('heading', { name: 'Stap 3: het dilemma eronder' }).waitFor();
  const tension = 'Moet ik de wens van de vader volgen of de zorg om de zoon voorop zetten?';
  await f.page.getByLabel('Het dilemma', { exact: true }).fill(tension);
  await f.page.getByLabel('Keuze A', { exact: true }).fill('De wens van de vader volgen');
  await f.page.getByLabel('Wat kost keuze A?').fill('De zoon blijft misschien te lang zonder steun.');
  await f.page.getByLabel('Keuze B', { exact: true }).fill('De zorg om de zoon voorop');
  await f.page.getByLabel('Wat kost keuze B?').fill('Het vertrouwen van de vader kan breken.');
  await checkA11y(f.page, 'facilitator, step 3');
  await f.page.getByRole('button', { name: 'Dilemma opslaan' }).click();
  await sanne.page.getByText(tension).waitFor();
  await youssef.page.getByText('Dat kost: Het vertrouwen van de vader kan breken.').waitFor();
  await shot(f.page, 'facilitator-dilemma-1366');

  // 4. Perspectives: each thought speaks for one.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await sanne.page.getByRole('heading', { name: '4. Perspectieven en waarden' }).waitFor();
  await sanne.page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Bewoner' });
  await sanne.page.getByLabel('Wat staat er op het spel vanuit dit perspectief?').fill('De vader wil de regie houden over zijn gezin.');
  await sanne.page.getByRole('button', { name: 'Versturen' }).click();
  await sanne.page.getByRole('listitem').filter({ hasText: 'De vader wil de regie houden' }).first().waitFor();
  await youssef.page.getByLabel('Perspectief', { exact: true }).selectOption({ label: 'Partner' });
  await youssef.page.getByLabel('Wat staat er op het spel vanuit dit perspectief?').fill('School maakt zich zorgen over het verzuim.');
  await youssef.page.getByRole('button', { name: 'Versturen' }).click();
  await youssef.page.getByRole('listitem').filter({ hasText: 'School maakt zich zorgen' }).first().waitFor();
  await checkA11y(sanne.page, 'phone, step 4');
  await noSideways(sanne.page, 'phone, step 4');
  await shot(sanne.page, 'phone-perspective-390');
  await f.page.getByText('2 nieuwe gedachten, nog verborgen').waitFor();
  await f.page.getByRole('button', { name: 'Gedachten tonen' }).click();
  const perspectives = f.page.locator('.vk-live-perspectives');
  await perspectives.getByText('De vader wil de regie houden over zijn gezin.').waitFor();
  await f.page.getByRole('heading', { name: 'Wie in het team weet hiervan?' }).or(f.page.getByText('Koppel het dilemma aan de bibliotheek')).first().waitFor();
  await checkA11y(f.page, 'facilitator, step 4');

  // 5. What works: private first, shown together.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  const works = 'Ik zou met de vader beginnen bij wat hij zelf wil regelen; dat werkte vorig jaar bij een ander gezin.';
  await sanne.page.getByLabel(/Wat zou jij doen, en waarom\?/).fill(works);
  await sanne.page.getByRole('button', { name: 'Versturen' }).click();
  await sanne.page.getByRole('listitem').filter({ hasText: works }).first().waitFor();
  await f.page.getByText('1 nieuwe gedachte, nog verborgen').waitFor();
  assert.equal(await youssef.page.getByText(works).count(), 0);
  await checkA11y(youssef.page, 'phone, step 5');
  await f.page.getByRole('button', { name: 'Gedachten tonen' }).click();
  await youssef.page.getByRole('listitem').filter({ hasText: works }).first().waitFor();

  // 6. An agreement with a date to look back (three weeks from now: no new reminder).
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  const what = 'We vragen eerst wat de vader zelf wil regelen voordat we iets voorstellen.';
  await f.page.getByLabel('Wat spreken we af?').fill(what);
  await f.page.getByLabel('Wie?').fill('Het hele team');
  const date = new Date(Date.now() + 21 * 86400_000).toISOString().slice(0, 10);
  await f.page.getByLabel('Wanneer kijken we terug?').fill(date);
  await checkA11y(f.page, 'facilitator, step 6');
  await f.page.getByRole('button', { name: 'Afspraak vastleggen' }).click();
  await youssef.page.getByText(what).waitFor();
  await checkA11y(youssef.page, 'phone, step 6');
  await noSideways(youssef.page, 'phone, step 6');

  // 7. The report, on screen and as PDF; a member ticks what may go to the team's threads.
  await f.page.getByRole('button', { name: 'Volgend blok' }).click();
  await sanne.page.getByRole('link', { name: /Naar het verslag/ }).click();
  await expectPage(sanne.page, 'Opbrengst: Wat-werkt-gesprek');
  const talk = sanne.page.locator('.vk-live-talk');
  await talk.getByText(tension).waitFor();
  await talk.getByText('School maakt zich zorgen over het verzuim.').waitFor();
  await talk.getByText(works).waitFor();
  await talk.getByText(what).waitFor();
  await checkA11y(sanne.page, 'report on a phone');
  await noSideways(sanne.page, 'report');
  await shot(sanne.page, 'report-390');
  await f.page.getByRole('link', { name: 'Naar het verslag' }).click();
  await expectPage(f.page, 'Opbrengst: Wat-werkt-gesprek');
  await shot(f.page, 'report-1366');
  const pdfHref = await f.page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href');
  const pdf = await f.page.request.get(pdfHref);
  assert.equal(pdf.status(), 200);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  // On a phone, the team page's reminder fits the screen too.
  await sanne.page.goto(teamUrl);
  await sanne.page.getByRole('region', { name: 'Eén afspraak om op terug te kijken' }).waitFor();
  await checkA11y(sanne.page, 'team page with reminder on a phone');
  await noSideways(sanne.page, 'team page');
  await shot(sanne.page, 'team-reminder-390');

  // The team page still reminds of one agreement (the new one is three weeks out); done, it goes.
  await f.page.goto('/');
  await f.page.getByRole('link', { name: 'Wijkteam Noord' }).first().click();
  await expectPage(f.page, 'Wijkteam Noord');
  await f.page.getByRole('button', { name: /Afspraak gedaan: Bij gezinnen met jeugdhulp/ }).click();
  await eventually(() => f.page.getByRole('region', { name: /afspraak om op terug te kijken/ }).count(), (n) => assert.equal(n, 0));

  for (const p of [f, ...phones]) assert.deepEqual(p.problems(), []);
});
