// Journey 3: a phone-sized viewport (375 px) for log-in and the team page, and a log-in with
// the keyboard only (Tab, typing, Enter) with a visible focus at every step.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, expectFocus, expectPage, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let admin;
let teamId;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await setUpOrganisation(server.baseURL);
  const team = await admin.admin.request('POST', '/teams', { name: 'Team Wijk Centrum met een lange naam' });
  teamId = team.id;
  // a second member, so that the members table has rows
  const inv = await admin.admin.request('POST', '/invitations', {
    email: 'karim@wijkteam-oost.nl', name: 'Karim El Idrissi', teamId, role: 'member',
    discipline: 'schuldhulpverlener', experience: 'leerling', orgAdmin: false,
  });
  await new ApiSession(server.baseURL).request('POST', `/invitation-tokens/${inv.token}/acceptance`, {
    name: 'Karim El Idrissi', password: 'karims lange wachtwoord',
  });
  await admin.admin.request('PUT', `/teams/${teamId}/members/${(await admin.admin.request('GET', '/me')).user.id}`, { role: 'team_lead' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

async function noSidewaysScroll(page, label) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${label}: page is ${scroll}px wide in a ${client}px viewport`);
}

async function focusIsVisible(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
  });
}

test('log-in and the team page on a phone, with the keyboard only', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL, PHONE);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await noSidewaysScroll(page, 'log-in');
  await checkA11y(page, 'log-in on a phone');

  // Keyboard only: the first Tab reaches the skip link, then onward to the e-mail field.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Direct naar de inhoud');
  assert.ok(await focusIsVisible(page), 'skip link shows focus');
  let steps = 0;
  while ((await page.evaluate(() => document.activeElement?.id)) !== 'login-email') {
    await page.keyboard.press('Tab');
    assert.ok(await focusIsVisible(page), `focus visible on step ${steps}`);
    assert.ok(++steps < 10, 'e-mail field reachable with a few Tabs');
  }
  await page.keyboard.type(admin.email);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'login-password');
  assert.ok(await focusIsVisible(page), 'password field shows focus');
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');

  await page.waitForURL((u) => u.pathname === '/');
  await expectPage(page, 'Mijn teams');
  // focus moves to the new page's heading for screen readers (in an effect after the render)
  await expectFocus(page, 'page-heading', 'focus on the page heading after log-in');
  await noSidewaysScroll(page, 'my teams');
  await checkA11y(page, 'my teams on a phone');

  await page.goto(`/teams/${teamId}`);
  await expectPage(page, 'Team Wijk Centrum met een lange naam');
  await page.getByRole('table', { name: /Leden van het team/ }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Karim El Idrissi' }).waitFor();
  await noSidewaysScroll(page, 'team page');
  await checkA11y(page, 'team page on a phone');
  await page.screenshot({ path: new URL('../test-results/team-phone.png', import.meta.url).pathname, fullPage: true });

  assert.deepEqual(problems(), []);
  await context.close();
});
