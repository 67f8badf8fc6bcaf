// Journey: the picture of the craft in team Noord (demo). A member fills it in on a 390 px
// phone (toggle buttons per statement, a shared line and a private one, "x van N", saving);
// the team lead sees the team's picture with the shared line (never the private one) and
// "waar verschillen we?". Team Zuid (2 responders) shows the count alone. Every page is
// checked with axe and for sideways scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const SHARED = 'Wij lopen vaak samen een eerste huisbezoek.';
const PRIVATE = 'Zzprivé: ik twijfel soms over mijn eigen grenzen.';

let server;
let browser;
let noord;
let zuid;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  const s = new ApiSession(server.baseURL);
  await s.request('POST', '/session', { email: 'noor.hendriks@demostad.nl', password: demoLogins.password });
  const teams = (await s.request('GET', '/teams')).items;
  noord = teams.find((t) => t.name.includes('Noord'));
  zuid = teams.find((t) => t.name.includes('Zuid'));
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member fills in the picture on a phone; the lead sees the team picture', async () => {
  const m = await newPage(browser, server.baseURL, PHONE);
  await logIn(m.page, demoLogins.member);
  await m.page.goto(`/teams/${noord.id}`);
  await m.page.getByRole('link', { name: 'Het beeld van ons vak' }).click();
  await expectPage(m.page, 'Het beeld van het team');
  await checkA11y(m.page, 'team picture (member)');
  await noSideways(m.page, 'team picture (member)');
  await m.page.getByRole('link', { name: 'Het beeld invullen' }).click();
  await expectPage(m.page, 'Het beeld invullen');
  await m.page.getByText(/^0 van \d+ ingevuld/).waitFor();
  const first = m.page.getByRole('group', { name: 'Menselijkheid drijft ons werk, en dat is vakwerk, niet alleen aardig zijn.' });
  const herken = first.getByRole('button', { name: 'Herken ik' });
  await herken.click();
  await eventually(() => herken.getAttribute('aria-pressed'), (v) => assert.equal(v, 'true'));
  const anders = first.getByRole('button', { name: 'Bij ons anders' });
  await anders.click();  // excludes "herken ik"
  await eventually(() => herken.getAttribute('aria-pressed'), (v) => assert.equal(v, 'false'));
  await first.getByRole('button', { name: 'Speelt nu bij ons' }).click();
  const pamper = m.page.getByRole('group', { name: 'Het is veilig bij ons, zonder dat we elkaar gaan pamperen.' });
  await pamper.getByRole('button', { name: 'Herken ik' }).click();
  await m.page.getByText(/^2 van \d+ ingevuld/).waitFor();
  await m.page.getByLabel(/Je eigen regel bij Het team/).fill(SHARED);
  await m.page.locator('#cr-share-team').check();
  await m.page.getByLabel(/Je eigen regel bij De werker/).fill(PRIVATE);
  await checkA11y(m.page, 'fill in the picture');
  await noSideways(m.page, 'fill in the picture');
  await m.page.getByRole('button', { name: 'Opslaan' }).click();
  await m.page.getByText(/Opgeslagen: 2 van \d+/).waitFor();
  // it stays after a reload
  await m.page.reload();
  await expectPage(m.page, 'Het beeld invullen');
  await m.page.getByText(/^2 van \d+ ingevuld/).waitFor();
  await m.context.close();

  const l = await newPage(browser, server.baseURL, PHONE);
  await logIn(l.page, demoLogins.lead);
  await l.page.goto(`/vak/teams/${noord.id}/beeld`);
  await expectPage(l.page, 'Het beeld van het team');
  await l.page.getByText("8 collega's deden mee.").waitFor();
  await l.page.getByText(SHARED).waitFor();
  assert.equal(await l.page.getByText(PRIVATE).count(), 0, 'a private line stays private');
  await checkA11y(l.page, 'team picture (lead)');
  await noSideways(l.page, 'team picture (lead)');
  await l.page.getByRole('link', { name: 'Waar verschillen we?' }).first().click();
  await expectPage(l.page, 'Waar verschillen we?');
  const items = l.page.getByRole('list', { name: /Uitspraken met de meeste spreiding eerst/ }).getByRole('listitem');
  await items.first().waitFor();
  assert.ok((await items.count()) > 10);
  await checkA11y(l.page, 'differences');
  await noSideways(l.page, 'differences');
  await l.context.close();
});

test('team Zuid shows the count alone; the core and the organisation pages pass axe', async () => {
  const p = await newPage(browser, server.baseURL, PHONE);
  await logIn(p.page, 'noor.hendriks@demostad.nl');
  await p.page.goto(`/vak/teams/${zuid.id}/beeld`);
  await expectPage(p.page, 'Het beeld van het team');
  await p.page.getByText("2 collega's deden mee. Het beeld van het team verschijnt vanaf 3 deelnemers.").waitFor();
  await checkA11y(p.page, 'hidden team picture');
  for (const [path, heading] of [
    ['/vak/beeld', 'Het beeld van ons vak'],
    [`/vak/teams/${noord.id}/kern`, 'De kern volgens het team'],
    [`/vak/teams/${noord.id}/kern/invullen`, 'De kern van het vak'],
    ['/vak/organisatie', 'Het beeld in de organisatie'],
    ['/vak/landelijk', 'Het landelijke beeld'],
  ]) {
    await p.page.goto(path);
    await expectPage(p.page, heading);
    await p.page.waitForLoadState('networkidle');
    await checkA11y(p.page, path);
    await noSideways(p.page, path);
  }
  await p.context.close();
  const a = await newPage(browser, server.baseURL, PHONE);
  await logIn(a.page, demoLogins.admin);
  await a.page.goto('/vak/beheer');
  await expectPage(a.page, 'Het beeld van het vak beheren');
  await a.page.getByRole('heading', { level: 2, name: 'De werker' }).waitFor();
  await checkA11y(a.page, 'admin');
  await noSideways(a.page, 'admin');
  await a.context.close();
});
