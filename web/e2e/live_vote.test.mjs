// Journey: the live "vote" block is a real vote round of the team. Ingrid (team lead of
// Noord in the demo) starts the block on the projector: her page opens a round tied to the
// session. Three members vote on their phones; a guest who joined with the code is told
// kindly that guests do not vote. "Onthullen" closes the round and reveals: every member's
// screen and the projector show the ranking (a real table). Axe on each new screen, no
// sideways scroll at 390 px; screenshots to $VK_SHOTS (default /tmp/vk-live-shots).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

let server;
let browser;
const SHOTS = process.env.VK_SHOTS ?? '/tmp/vk-live-shots';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 };

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer({ demo: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});


test('a live vote block: the round opens, members vote, the reveal shows the ranking', async () => {
  // Arranged over the API: a session of Noord with a vote block, started by the lead.
  const lead = new ApiSession(server.baseURL);
  await lead.request('POST', '/session', { email: demoLogins.lead, password: demoLogins.password });
  const teams = await lead.request('GET', '/teams');
  const noord = (teams.items ?? teams).find((x) => x.name === 'Wijkteam Noord');
  const session = await lead.request('POST', `/teams/${noord.id}/live-sessions`, {
    title: 'Stemmen over onze dilemma’s',
    blocks: [{ kind: 'vote', title: 'Stemronde', prompt: 'Welke dilemma’s herkennen we, en spelen nu?', minutes: 10 }],
  });

  const f = await newPage(browser, server.baseURL, { viewport: { width: 1366, height: 900 } });
  await logIn(f.page, demoLogins.lead);
  await f.page.goto(`/live/sessies/${session.id}/begeleiden`);
  await expectPage(f.page, 'Stemmen over onze dilemma’s');
  await f.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();

  const phones = [];
  for (const email of [demoLogins.member, 'youssef.elidrissi@demostad.nl', 'marieke.deboer@demostad.nl']) {
    const p = await newPage(browser, server.baseURL, PHONE);
    await logIn(p.page, email);
    await p.page.goto(`/live/sessies/${session.id}`);
    await expectPage(p.page, 'Stemmen over onze dilemma’s');
    phones.push(p);
  }
  const g = await newPage(browser, server.baseURL, PHONE);
  await g.page.goto(`/live/join?code=${session.joinCode}`);
  await g.page.getByLabel('Je naam').fill('Wijkagent Ruud');
  await g.page.getByRole('button', { name: 'Meedoen' }).click();
  await expectPage(g.page, 'Stemmen over onze dilemma’s');

  // Starting the block opens the team's round, tied to this session.
  await f.page.getByRole('button', { name: 'Blok starten' }).click();
  await f.page.getByText('Nog niemand heeft gestemd').waitFor();
  const rounds = await lead.request('GET', `/teams/${noord.id}/dilemma-rounds`);
  const round = rounds.items.find((r) => r.liveSessionId === session.id);
  assert.equal(round?.status, 'open');
  await checkA11y(f.page, 'facilitator, vote open');

  await g.page.getByText('Als gast kijk je mee').waitFor();
  await checkA11y(g.page, 'guest, vote');

  for (const [i, p] of phones.entries()) {
    const items = p.page.locator('.vk-live-vote-item');
    await items.first().waitFor();
    const n = await items.count();
    assert.ok(n >= 1, 'the library has dilemmas to vote on');
    for (let k = 0; k < n; k++) {
      const item = items.nth(k);
      await item.getByRole('radio', { name: String(3 + (i % 3)) }).check();
      await item.getByRole('radio', { name: ['ja', 'soms', 'nee'][i] }).check();
    }
    if (i === 0) {
      await checkA11y(p.page, 'phone, vote form');
      await noSideways(p.page, 'phone, vote form');
      await p.page.screenshot({ path: join(SHOTS, 'vote-form-390.png'), fullPage: true });
    }
    await p.page.getByRole('button', { name: 'Stem opslaan' }).click();
    await p.page.getByText('Je stem is opgeslagen.').waitFor();
  }
  await f.page.getByText('3 collega\'s hebben gestemd').waitFor({ timeout: 15_000 });

  // The reveal closes the round; the ranking shows everywhere (never who voted what).
  await f.page.getByRole('button', { name: 'Onthullen' }).click();
  const table = f.page.getByRole("table", { name: /Uitslag van de stemronde \(3 stemmers\)/ });
  await table.waitFor();
  await eventually(async () => (await lead.request('GET', `/dilemma-rounds/${round.id}`)).status, (s) => assert.equal(s, 'closed'));
  await checkA11y(f.page, 'facilitator, results');
  await f.page.screenshot({ path: join(SHOTS, 'vote-results-1366.png'), fullPage: true });
  for (const p of phones) await p.page.getByRole('table', { name: /Uitslag van de stemronde/ }).waitFor();
  await checkA11y(phones[1].page, 'phone, results');
  await noSideways(phones[1].page, 'phone, results');
  await phones[1].page.screenshot({ path: join(SHOTS, 'vote-results-390.png'), fullPage: true });
  const shown = await phones[1].page.locator('.vk-live-vote').textContent();
  for (const name of ['Sanne', 'Youssef', 'Marieke']) assert.ok(!shown.includes(name), `no names in the results: ${name}`);

  for (const p of [f, g, ...phones]) assert.deepEqual(p.problems(), []);
});
