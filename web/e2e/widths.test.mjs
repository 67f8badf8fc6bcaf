// Journey: no page wider than the screen (issue 15). A team member, a team lead, an admin and
// a live guest of the demo organisation visit every page of src/app/routes.tsx at 320 and
// 390 px (a phone) and 1366 px (a laptop); the document may not scroll sideways (1 px slack for
// rounding). Wide data scrolls inside its own container instead.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { eventually, expectFocus, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const WIDTHS = [320, 390, 1366];
const shots = new URL('../test-results/widths/', import.meta.url).pathname;

let server;
let browser;
let ids;

async function apiAs(email) {
  const s = new ApiSession(server.baseURL);
  await s.request('POST', '/session', { email, password: demoLogins.password });
  return s;
}

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
  const lead = await apiAs(demoLogins.lead);
  const member = await apiAs(demoLogins.member);
  const admin = await apiAs(demoLogins.admin);
  const team = (await lead.request('GET', '/teams')).items.find((t) => t.myRole === 'team_lead').id;
  const programme = (await lead.request('GET', '/live/programme')).blocks;
  // a running session (the demo's are ended), led by the team lead
  const live = await lead.request('POST', `/teams/${team}/live-sessions`, { title: 'Dagdeel over de breedte van het scherm', blocks: programme });
  const ended = (await lead.request('GET', `/teams/${team}/live-sessions`)).items.find((s) => s.id !== live.id).id;
  const interview = (await member.request('GET', '/interviews')).items[0].id;
  const question = (await member.request('GET', '/me/help-questions')).items[0].id;
  const deck = (await admin.request('GET', '/card-decks')).items.find((d) => !d.starter).id;
  // the demo's latest dilemma vote round of the team (results visible), for the vote and results pages
  const round = (await lead.request('GET', `/teams/${team}/dilemma-rounds`)).items[0]?.id ?? 0;
  // the demo's partner round of the team (closed, with results), for the lead's round page
  const partnerRound = (await lead.request('GET', `/teams/${team}/partner-rounds`)).items[0]?.id ?? 0;
  ids = { team, live: live.id, code: live.joinCode, ended, interview, question, deck, round, partnerRound };
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Every route of src/app/routes.tsx (and the parts' routes.tsx), with the demo's ids.
const memberPages = () => [
  '/', `/teams/${ids.team}`, '/account', '/toegankelijkheid',
  '/live', `/live/sessies/${ids.live}`, `/live/sessies/${ids.ended}/verslag`, `/live/teams/${ids.team}/lied`,
  '/kennis', '/kennis/catalogus', '/kennis/profiel', '/kennis/hulpvragen',
  `/kennis/teams/${ids.team}/hulpvragen/${ids.question}`, `/kennis/teams/${ids.team}/hulpvraag`,
  `/kennis/teams/${ids.team}/kaart`, `/kennis/teams/${ids.team}/scholingsplan`,
  '/vakgesprekken', `/vakgesprekken/${ids.interview}`, '/zodatjes', '/rode-draden', `/teams/${ids.team}/rode-draden`,
  '/dilemmas', `/dilemmas/teams/${ids.team}`, `/dilemmas/teams/${ids.team}/voorstellen/nieuw`, `/dilemmas/teams/${ids.team}/voorstellen`,
  `/dilemmas/teams/${ids.team}/stemrondes`, `/dilemmas/stemrondes/${ids.round}`, `/dilemmas/stemrondes/${ids.round}/uitslag`, '/dilemmas/ranglijst',
  '/vak/beeld', `/vak/teams/${ids.team}/beeld/invullen`, `/vak/teams/${ids.team}/beeld`, `/vak/teams/${ids.team}/verschillen`,
  '/vak/organisatie', `/vak/teams/${ids.team}/kern`, `/vak/teams/${ids.team}/kern/invullen`, '/vak/landelijk',
  '/vuistregels', `/vuistregels/teams/${ids.team}`, `/vuistregels/teams/${ids.team}/mijn`, '/vuistregels/organisatie',
  '/vuistregels/landelijk', `/partners/teams/${ids.team}`,
  '/een-pagina-die-niet-bestaat',
];
const leadPages = () => [
  '/', `/teams/${ids.team}`, `/live/sessies/${ids.live}/begeleiden`, `/live/sessies/${ids.live}/projectie`, `/live/sessies/${ids.ended}/verslag`,
  `/kennis/teams/${ids.team}/kaart`, `/kennis/teams/${ids.team}/scholingsplan`, `/teams/${ids.team}/rode-draden`, '/live',
  `/dilemmas/teams/${ids.team}/voorstellen`, `/dilemmas/teams/${ids.team}/stemrondes`, `/dilemmas/stemrondes/${ids.round}`,
  `/dilemmas/stemrondes/${ids.round}/uitslag`,
  `/partners/teams/${ids.team}`, `/partners/teams/${ids.team}/nieuw`, `/partners/rondes/${ids.partnerRound}`,
  `/vuistregels/teams/${ids.team}`, `/vak/teams/${ids.team}/beeld`, `/vak/teams/${ids.team}/verschillen`,
];
const adminPages = () => [
  '/', `/teams/${ids.team}`, '/leden', '/uitnodigingen', '/auditlog', '/live/instellingen',
  '/vakgesprekken/kaartensets', `/vakgesprekken/kaartensets/${ids.deck}`, '/vakgesprekken/codeboek',
  `/kennis/teams/${ids.team}/kaart`, `/kennis/teams/${ids.team}/scholingsplan`, '/rode-draden', '/kennis',
  '/dilemmas/beheer', '/dilemmas/beheer/nieuw', '/dilemmas/beheer/kinderen-of-schulden-eerst', `/dilemmas/teams/${ids.team}`,
  '/vak/beheer', '/vak/organisatie', '/vuistregels/organisatie',
];
const publicPages = () => ['/inloggen', '/toegankelijkheid', `/live/join?code=${ids.code}`, '/uitnodiging/onbekend',
  '/partner/bestaatnietbestaatnietbestaatn', '/partner/open/bestaatnietbestaatnietbestaatn'];

/** Wait for the page to settle (a heading, no "Laden…" left), then compare the widths. */
async function measure(page, path) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 10_000 });
  await eventually(() => page.getByText(/^Laden/).count(), (n) => assert.equal(n, 0), { timeout: 5_000 }).catch(() => {});
  await page.waitForLoadState('networkidle').catch(() => {});
  return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: window.innerWidth }));
}

async function logIn(page, email) {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(demoLogins.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((u) => u.pathname === '/');
}

async function visitAll(who, email, pages) {
  const wide = [];
  for (const width of WIDTHS) {
    const { page, context } = await newPage(browser, server.baseURL, { viewport: { width, height: width < 800 ? 844 : 900 } });
    if (email) await logIn(page, email);
    for (const path of pages) {
      const { scroll, client } = await measure(page, path);
      if (scroll > client + 1) {
        wide.push(`${who} ${path} at ${width}px: ${scroll}px wide`);
        await page.screenshot({ path: `${shots}${who}-${width}-${path.replace(/[^a-z0-9]+/gi, '_')}.png` });
      }
    }
    await context.close();
  }
  assert.deepEqual(wide, [], 'pages wider than the screen');
}

test('public pages fit at 320, 390 and 1366 px', () => visitAll('public', null, publicPages()));
test('a team member\'s pages fit', () => visitAll('member', demoLogins.member, memberPages()));
test('a team lead\'s pages fit', () => visitAll('lead', demoLogins.lead, leadPages()));
test('an admin\'s pages fit', () => visitAll('admin', demoLogins.admin, adminPages()));

test('a live guest\'s page fits', async () => {
  const wide = [];
  for (const width of WIDTHS) {
    const { page, context } = await newPage(browser, server.baseURL, { viewport: { width, height: 844 } });
    await page.goto(`/live/join?code=${ids.code}`);
    await page.getByLabel('Je naam').fill(`Gast ${width}`);
    await page.getByRole('button', { name: 'Meedoen' }).click();
    await page.getByText(`Je doet mee als Gast ${width}.`).waitFor();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: window.innerWidth }));
    if (scroll > client + 1) wide.push(`guest at ${width}px: ${scroll}px wide`);
    await context.close();
  }
  assert.deepEqual(wide, [], 'the guest page is wider than the screen');
});

test('on a phone the menu is behind a button that opens, closes with Escape and returns focus', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL, { viewport: { width: 390, height: 844 } });
  await logIn(page, demoLogins.admin);
  const button = page.getByRole('button', { name: 'Menu' });
  await button.waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  assert.equal(await nav.getByRole('link', { name: 'Leden' }).isVisible(), false, 'menu closed on a phone');
  // the header stays small: at most 120 of 844 px
  const headerHeight = await page.locator('.vk-header').evaluate((el) => el.getBoundingClientRect().height);
  assert.ok(headerHeight <= 120, `header is ${headerHeight}px high on a phone`);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Leden' }).waitFor({ state: 'visible' });
  await eventually(() => page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label') ?? null), (l) => assert.equal(l, 'Hoofdmenu'));
  await page.keyboard.press('Escape');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await expectFocus(page, 'vk-menu-button', 'focus back on the menu button after Escape');
  // following a link closes the menu
  await button.click();
  await nav.getByRole('link', { name: 'Leden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Leden' }).waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  // on a laptop there is no menu button, the links are always there
  await page.setViewportSize({ width: 1366, height: 900 });
  assert.equal(await button.isVisible(), false);
  assert.ok(await nav.getByRole('link', { name: 'Leden' }).isVisible());
  assert.deepEqual(problems(), []);
  await context.close();
});
