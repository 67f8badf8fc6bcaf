// Journey: partners' view from outside. The team lead of Noord (demo) makes a partner round
// with two personal links and an open link, and gets printable invitations with a QR code
// each. A partner opens a personal link on a 390 px phone in a fresh browser context (no
// account, no cookie, and none set): saves, comes back to the draft, sends; the link then
// says it was used. Another partner answers through the open link (the browser solves the
// proof of work). A withdrawn link and a made-up one say so. The lead sees the count only
// (below the minimum) and the demo's closed round with its results. Every page gets axe and
// a sideways-scroll check on the phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { demoLogins, startServer } from './server.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1366, height: 900 } };

let server;
let browser;
let teamId;
let links = [];
let openLink;
let roundUrl;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the team lead makes a round and gets printable invitations with a QR code per link', async () => {
  const l = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(l.page, demoLogins.lead);
  const teams = await (await l.page.request.get('/api/v1/teams')).json();
  teamId = teams.items.find((t) => t.name.includes('Noord')).id;
  await l.page.goto(`/partners/teams/${teamId}`);
  await expectPage(l.page, 'Partners over Wijkteam Noord');
  await l.page.getByRole('link', { name: 'Hoe zien partners ons werk? Najaar' }).waitFor();
  await checkA11y(l.page, 'partner rounds');
  await l.page.getByRole('link', { name: 'Nieuwe partnerronde' }).click();
  await expectPage(l.page, 'Nieuwe partnerronde voor Wijkteam Noord');
  await checkA11y(l.page, 'new partner round');
  await l.page.getByLabel('Naam van de ronde').fill('Partners over ons werk, voorjaar');
  await l.page.getByLabel('Organisatie 1 (niet verplicht)').fill('Basisschool');
  await l.page.getByRole('button', { name: 'Haal partner 3 weg' }).click();
  await l.page.getByLabel('Ook één open link').check();
  await l.page.getByRole('button', { name: 'Maak de ronde en de uitnodigingen' }).click();
  await expectPage(l.page, 'Uitnodigingen voor partners van Wijkteam Noord');
  const invites = l.page.locator('article.vk-partner-invite');
  await eventually(() => invites.count(), (n) => assert.equal(n, 3));
  assert.equal(await l.page.locator('article.vk-partner-invite svg').count(), 3, 'a QR code per link');
  const urls = await l.page.locator('.vk-partner-invite__url').allTextContents();
  links = urls.filter((u) => !u.includes('/partner/open/'));
  openLink = urls.find((u) => u.includes('/partner/open/'));
  assert.equal(links.length, 2);
  for (const u of links) assert.match(u, /\/partner\/[a-z2-7]{26}$/, 'short enough for a text message');
  await l.page.getByRole('button', { name: 'Kopieer link' }).first().waitFor();
  await checkA11y(l.page, 'invitations');
  await l.page.getByRole('link', { name: 'Naar de stand van de ronde' }).click();
  await l.page.getByText(/antwoorden zijn binnen/).waitFor();
  roundUrl = new URL(l.page.url()).pathname;
  assert.deepEqual(l.problems(), []);
  await l.context.close();
});

test('a partner answers on a phone without an account or cookie: save, come back, send', async () => {
  const p = await newPage(browser, server.baseURL, PHONE);
  const setCookies = [];
  p.page.on('response', (r) => { if (r.url().includes('/api/') && r.headers()['set-cookie']) setCookies.push(r.url()); });
  await p.page.goto(new URL(links[0]).pathname);
  await expectPage(p.page, 'Hoe zie jij het werk van Wijkteam Noord?');
  await checkA11y(p.page, 'partner page');
  await noSideways(p.page, 'partner page');
  const first = p.page.getByRole('group', { name: /Maak verbinding/ });
  await first.getByRole('button', { name: 'Herken ik' }).click();
  await p.page.getByRole('group', { name: /Stel de vraag/ }).getByRole('button', { name: 'Soms' }).click();
  await p.page.getByText('2 van 5 vuistregels beantwoord').waitFor();
  await p.page.getByLabel('Wat doet dit team wat anderen niet doen?').fill('Ze schuiven aan bij ons zorgoverleg.');
  await p.page.getByRole('button', { name: 'Bewaar en ga later verder' }).click();
  await p.page.getByText(/Bewaard. Open deze link later opnieuw/).waitFor();
  // come back later: the draft is there
  await p.page.reload();
  await expectPage(p.page, 'Hoe zie jij het werk van Wijkteam Noord?');
  await eventually(() => p.page.getByRole('group', { name: /Maak verbinding/ }).getByRole('button', { name: 'Herken ik' }).getAttribute('aria-pressed'),
    (v) => assert.equal(v, 'true'));
  assert.equal(await p.page.getByLabel('Wat doet dit team wat anderen niet doen?').inputValue(), 'Ze schuiven aan bij ons zorgoverleg.');
  await p.page.getByLabel('Wat mis je?').fill('Een vast moment om terug te kijken.');
  await p.page.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
  await expectPage(p.page, 'Dank je wel');
  await checkA11y(p.page, 'thank you');
  await noSideways(p.page, 'thank you');
  // the link is used now
  await p.page.goto(new URL(links[0]).pathname);
  await expectPage(p.page, 'Deze link is al gebruikt');
  await checkA11y(p.page, 'used link');
  await noSideways(p.page, 'used link');
  assert.deepEqual(await p.context.cookies(), [], 'no cookie at all');
  assert.deepEqual(setCookies, [], 'no Set-Cookie from the API');
  assert.deepEqual(p.problems(), []);
  await p.context.close();
});

test('another partner answers through the open link; the browser does the proof of work', async () => {
  const p = await newPage(browser, server.baseURL, PHONE);
  await p.page.goto(new URL(openLink).pathname);
  await expectPage(p.page, 'Hoe zie jij het werk van Wijkteam Noord?');
  assert.equal(await p.page.getByRole('button', { name: 'Bewaar en ga later verder' }).count(), 0);
  await checkA11y(p.page, 'open link');
  await noSideways(p.page, 'open link');
  await p.page.getByRole('group', { name: /Geef stem/ }).getByRole('button', { name: 'Herken ik' }).click();
  await p.page.getByRole('button', { name: 'Verstuur mijn antwoorden' }).click();
  await expectPage(p.page, 'Dank je wel');
  assert.deepEqual(await p.context.cookies(), []);
  assert.deepEqual(p.problems(), []);
  await p.context.close();
});

test('a withdrawn link and a made-up link say so; the lead sees the count only', async () => {
  const l = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(l.page, demoLogins.lead);
  await l.page.goto(roundUrl);
  await expectPage(l.page, 'Partners over ons werk, voorjaar');
  await l.page.getByText('2 van de minstens 5 antwoorden zijn binnen. De uitkomst verschijnt zodra er genoeg zijn, zodat niemand herkenbaar is.').waitFor();
  assert.equal(await l.page.getByRole('table').count(), 0, 'no results below the minimum');
  await checkA11y(l.page, 'round status');
  await l.page.getByRole('button', { name: 'Trek de link van Huisarts in' }).click();
  await l.page.getByText('De link is ingetrokken.').waitFor();
  // the demo's closed round: the partners' view beside the team's own rules
  await l.page.goto(`/partners/teams/${teamId}`);
  await l.page.getByRole('link', { name: 'Hoe zien partners ons werk? Najaar' }).click();
  await expectPage(l.page, 'Hoe zien partners ons werk? Najaar');
  await l.page.getByRole('row', { name: /Maak verbinding/ }).waitFor();
  await l.page.getByText('6 partners antwoordden.').waitFor();
  await checkA11y(l.page, 'round results');
  await l.context.close();

  const p = await newPage(browser, server.baseURL, PHONE);
  await p.page.goto(new URL(links[1]).pathname);
  await expectPage(p.page, 'Deze link is ingetrokken');
  await checkA11y(p.page, 'withdrawn link');
  await noSideways(p.page, 'withdrawn link');
  await p.page.goto('/partner/bestaatnietbestaatnietbestaat');
  await expectPage(p.page, 'Deze link kennen we niet');
  await checkA11y(p.page, 'unknown link');
  assert.deepEqual(await p.context.cookies(), []);
  await p.context.close();
});
