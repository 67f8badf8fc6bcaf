// Journey: the projector mode (issue 15). Ingrid, team lead, starts a session and opens the
// projector: no site header, footer or menu, a large QR code with the join link written out.
// A guest joins on a phone and writes two thoughts; typing a group name that holds the
// shortcut letters does nothing but type; R reveals, Ingrid groups one thought with the
// keyboard only (pick, then its number; announced), ? lists the shortcuts; → walks to the last
// block, where "Volgend blok" gives way to "Sessie afronden", which asks first and closes the
// session on the server: the guest's phone says it ended, the report lists the group.
// Second journey: a guest closes the tab and opens the join link again: "Je was even weg",
// one button, and what they wrote is there once.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage, noSideways } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const shots = new URL('../test-results/projector/', import.meta.url).pathname;

let server;
let browser;

before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (page, name) => page.screenshot({ path: `${shots}${name}.png`, fullPage: false });

test('the projector: full screen, shortcuts, keyboard grouping and ending with confirmation', async () => {
  const f = await newPage(browser, server.baseURL, { viewport: { width: 1366, height: 768 } });
  await logIn(f.page, demoLogins.lead);
  await f.page.goto('/live');
  await expectPage(f.page, 'Live teamsessie');
  await f.page.getByLabel('Naam van de sessie').fill('Projectie over ons vak');
  await f.page.getByRole('button', { name: 'Sessie starten' }).click();
  await expectPage(f.page, 'Projectie over ons vak');
  await f.page.getByRole('link', { name: /Projectiemodus/ }).click();
  await expectPage(f.page, 'Projectie over ons vak');
  assert.match(new URL(f.page.url()).pathname, /\/live\/sessies\/\d+\/projectie$/);
  await f.page.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  // no site chrome: no header with the menu, no footer; a main landmark of its own
  assert.equal(await f.page.getByRole('navigation', { name: 'Hoofdmenu' }).count(), 0);
  assert.equal(await f.page.locator('.vk-header, .vk-footer').count(), 0);
  assert.equal(await f.page.getByRole('main').count(), 1);
  await f.page.getByRole('button', { name: 'Volledig scherm' }).waitFor();
  // a large QR code and the join link written out
  const qr = await f.page.getByRole('img', { name: /QR-code om mee te doen/ }).boundingBox();
  assert.ok(qr && qr.width >= 240, `QR code ${qr?.width} px wide`);
  const joinUrl = (await eventually(() => f.page.locator('.vk-projector__link').textContent(), (v) => assert.match(v, /\/live\/join\?code=[A-Z0-9]{6}$/))).trim();
  await noSideways(f.page, 'projector');
  await checkA11y(f.page, 'projector');

  // A guest joins with the written-out link and writes two thoughts.
  const g = await newPage(browser, server.baseURL, PHONE);
  await g.page.goto(new URL(joinUrl).pathname + new URL(joinUrl).search);
  await expectPage(g.page, 'Meedoen met een teamsessie');
  await g.page.getByLabel('Je naam').fill('Wijkagent Ruud');
  await g.page.getByRole('button', { name: 'Meedoen' }).click();
  await expectPage(g.page, 'Projectie over ons vak');
  const thoughts = ['Eerst de buurt bellen', 'Samen met school optrekken'];
  for (const text of thoughts) {
    await g.page.getByLabel('Wat hoor je, wat denk je?').fill(text);
    await g.page.getByRole('button', { name: 'Versturen' }).click();
    await g.page.getByRole('listitem').filter({ hasText: text }).waitFor();
  }
  await f.page.getByText('2 nieuwe gedachten, nog verborgen').waitFor();

  // Typing in a field is typing: "Buurtwerk" holds an r and no reveal happens.
  await f.page.getByLabel('Nieuwe groep').fill('');
  await f.page.getByLabel('Nieuwe groep').pressSequentially('Buurtwerk');
  await f.page.getByLabel('Nieuwe groep').press('f');
  await f.page.getByLabel('Nieuwe groep').press('Backspace');
  assert.equal(await f.page.getByLabel('Nieuwe groep').inputValue(), 'Buurtwerk');
  await f.page.getByText('2 nieuwe gedachten, nog verborgen').waitFor();
  await f.page.getByRole('button', { name: 'Groep maken' }).click();
  await f.page.getByRole('heading', { name: /Buurtwerk/, level: 3 }).waitFor();

  // R reveals (focus outside any field).
  await f.page.getByRole('heading', { level: 1 }).focus();
  await f.page.keyboard.press('r');
  await f.page.getByText('Geen nieuwe gedachten').waitFor();

  // Group by keyboard only: Tab to the thought, Enter picks it, 1 puts it in "Buurtwerk".
  const pick = f.page.getByRole('button', { name: thoughts[0], exact: true });
  await pick.focus();
  await f.page.keyboard.press('Enter');
  await eventually(() => pick.getAttribute('aria-pressed'), (v) => assert.equal(v, 'true'));
  await f.page.getByRole('heading', { name: `Gekozen: „${thoughts[0]}”` }).waitFor();
  await f.page.screenshot({ path: `${shots}projector-picked-1366.png`, fullPage: true });
  await f.page.keyboard.press('1');
  const group = f.page.locator('section.vk-live-group').filter({ has: f.page.getByRole('heading', { name: /Buurtwerk/ }) });
  await group.getByRole('button', { name: thoughts[0] }).waitFor();
  await eventually(() => f.page.locator('.vk-live-announce').textContent(), (v) => assert.equal(v, `„${thoughts[0]}” staat nu in Buurtwerk.`));
  // the other one by button: pick, then "Hierheen" of the group
  await f.page.getByRole('button', { name: thoughts[1], exact: true }).click();
  await f.page.getByRole('button', { name: `„${thoughts[1]}” naar Buurtwerk` }).click();
  await group.getByRole('button', { name: thoughts[1] }).waitFor();
  await checkA11y(f.page, 'projector with groups');

  // ? lists the shortcuts; Escape closes the list.
  await f.page.keyboard.press('?');
  const help = f.page.getByRole('dialog', { name: 'Sneltoetsen' });
  await help.waitFor();
  await help.getByText('Gedachten tonen').waitFor();
  await checkA11y(f.page, 'shortcuts');
  await f.page.keyboard.press('Escape');
  await help.waitFor({ state: 'hidden' });

  // → starts the block and walks to the last one; there "Sessie afronden" takes over.
  await f.page.getByRole('heading', { level: 1 }).focus();
  await f.page.keyboard.press('ArrowRight');
  await f.page.getByRole('button', { name: 'Volgend blok' }).waitFor();
  await shot(f.page, 'projector-1366x768');
  await f.page.setViewportSize({ width: 1920, height: 1080 });
  await noSideways(f.page, 'projector at 1920');
  await shot(f.page, 'projector-1920x1080');
  await f.page.setViewportSize({ width: 1366, height: 768 });
  for (let i = 0; i < 10; i++) {
    const step = await f.page.locator('.vk-live-block__step').textContent();
    const [, n, total] = step.match(/Blok (\d+) van (\d+)/);
    if (n === total) break;
    await f.page.keyboard.press('ArrowRight');
    await f.page.getByText(`Blok ${Number(n) + 1} van ${total}`).waitFor();
  }
  await eventually(() => f.page.getByRole('button', { name: 'Volgend blok' }).count(), (n) => assert.equal(n, 0));
  const finish = f.page.getByRole('button', { name: 'Sessie afronden' });
  await finish.waitFor();
  // → on the last block does nothing
  await f.page.keyboard.press('ArrowRight');
  await finish.click();
  const confirm = f.page.getByRole('alertdialog', { name: 'De sessie afronden?' });
  await confirm.waitFor();
  await checkA11y(f.page, 'end confirmation');
  await confirm.getByRole('button', { name: 'Annuleren' }).click();
  await confirm.waitFor({ state: 'hidden' });
  assert.equal(await f.page.getByText('Deze sessie is afgesloten').count(), 0);
  await finish.click();
  await f.page.getByRole('alertdialog', { name: 'De sessie afronden?' }).getByRole('button', { name: 'Ja, sessie afronden' }).click();
  await f.page.getByText('Deze sessie is afgesloten. Het verslag is definitief.').waitFor();
  assert.equal(await f.page.getByRole('img', { name: /QR-code/ }).count(), 0);

  // The guest's phone says so and takes nothing more.
  await g.page.getByText('De sessie is afgelopen. Dank je wel voor het meedoen!').waitFor();
  assert.equal(await g.page.getByLabel('Wat hoor je, wat denk je?').count(), 0);
  await checkA11y(g.page, 'phone after the end');

  // Closed on the server: the session says so, and the report has the group.
  const id = Number(f.page.url().match(/sessies\/(\d+)/)[1]);
  const lead = new ApiSession(server.baseURL);
  await lead.request('POST', '/session', { email: demoLogins.lead, password: demoLogins.password });
  assert.ok((await lead.request('GET', `/live/sessions/${id}`)).endedAt);
  await f.page.getByRole('link', { name: 'Naar de opbrengst' }).click();
  await expectPage(f.page, 'Opbrengst: Projectie over ons vak');
  const groups = f.page.getByRole('region', { name: 'Gedachten per groep' });
  await groups.getByRole('heading', { name: 'Buurtwerk' }).waitFor();
  await groups.getByText(thoughts[1]).waitFor();
  await checkA11y(f.page, 'report with groups');

  // The live home page: the session is no longer running, it is an earlier one.
  await f.page.goto('/live');
  await expectPage(f.page, 'Live teamsessie');
  await f.page.getByRole('heading', { name: 'Lopende sessies' }).waitFor();
  const earlier = f.page.getByRole('listitem').filter({ hasText: 'Projectie over ons vak' });
  await earlier.waitFor();
  assert.equal(await earlier.getByRole('link', { name: 'meedoen' }).count(), 0);

  for (const p of [f, g]) assert.deepEqual(p.problems(), []);
  await f.context.close();
  await g.context.close();
});

test('a guest who closed the tab rejoins with the join link: nothing lost, nothing twice', async () => {
  const lead = new ApiSession(server.baseURL);
  await lead.request('POST', '/session', { email: demoLogins.lead, password: demoLogins.password });
  const team = (await lead.request('GET', '/teams')).items.find((t) => t.myRole === 'team_lead').id;
  const s = await lead.request('POST', `/teams/${team}/live-sessions`, { title: 'Terugkomen na een gesloten tabblad' });

  const g = await newPage(browser, server.baseURL, PHONE);
  await g.page.goto(`/live/join?code=${s.joinCode}`);
  await g.page.getByLabel('Je naam').fill('Juf Meryem');
  await g.page.getByRole('button', { name: 'Meedoen' }).click();
  await expectPage(g.page, 'Terugkomen na een gesloten tabblad');
  await g.page.getByLabel('Wat hoor je, wat denk je?').fill('De school belt eerst de ouders');
  await g.page.getByRole('button', { name: 'Versturen' }).click();
  await g.page.getByRole('listitem').filter({ hasText: 'De school belt eerst de ouders' }).waitFor();
  await shot(g.page, 'phone-390-taking-part');
  await g.page.close();  // the tab is closed; the phone (the context) keeps its storage

  const again = await g.context.newPage();
  await again.goto(`/live/join?code=${s.joinCode}`);
  await expectPage(again, 'Je was even weg');
  await again.getByText('Je deed mee als Juf Meryem.').waitFor();
  await checkA11y(again, 'away state');
  await noSideways(again, 'away state');
  await shot(again, 'phone-390-away');
  await again.getByRole('button', { name: 'Opnieuw meedoen' }).click();
  await expectPage(again, 'Terugkomen na een gesloten tabblad');
  await again.getByText('Je doet mee als Juf Meryem.').waitFor();
  const mine = again.getByRole('listitem').filter({ hasText: 'De school belt eerst de ouders' });
  await mine.waitFor();
  await again.getByRole('status').filter({ hasText: 'Verbonden' }).waitFor();
  assert.equal(await mine.count(), 1);
  await again.getByLabel('Wat hoor je, wat denk je?').fill('En daarna de wijkagent');
  await again.getByRole('button', { name: 'Versturen' }).click();
  await again.getByRole('listitem').filter({ hasText: 'En daarna de wijkagent' }).waitFor();
  // the server holds each thought once, both by the same guest
  const thoughts = await eventually(async () => (await lead.request('GET', `/live/sessions/${s.id}/report`)).thoughts.map((t) => t.text),
    (v) => assert.equal(v.length, 2));
  assert.deepEqual(thoughts.sort(), ['De school belt eerst de ouders', 'En daarna de wijkagent']);

  // The guest page opened directly in a new tab asks first, too.
  const third = await g.context.newPage();
  await third.goto(`/live/gast/${s.id}`);
  await expectPage(third, 'Je was even weg');
  await third.getByRole('button', { name: 'Opnieuw meedoen' }).click();
  await expectPage(third, 'Terugkomen na een gesloten tabblad');
  await third.getByRole('listitem').filter({ hasText: 'En daarna de wijkagent' }).waitFor();

  // Ended: the phone says so; the join link then offers the form, and the code is refused.
  await lead.request('POST', `/live/sessions/${s.id}/end`, {});
  await third.getByText('De sessie is afgelopen.').waitFor();
  await shot(third, 'phone-390-ended');
  const fourth = await g.context.newPage();
  await fourth.goto(`/live/join?code=${s.joinCode}`);
  await expectPage(fourth, 'Meedoen met een teamsessie');
  assert.deepEqual(g.problems(), []);
  await g.context.close();
});
