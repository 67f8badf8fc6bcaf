// Journeys: a refusal of the privacy guard never loses what was typed, and reads the same in every
// field (the help question's way: each finding in its sentence with why, a one-click
// placeholder, a confirmation for the rest). A zodatje with a resident's name is refused by the
// check on submit; a guest's live thought is refused over the session socket (guests have no
// check while typing). Both keep the text, show the findings and save after the placeholder.
// Screenshots go to $VK_SHOTS when set (390 and 1366 px).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, logIn, newPage } from './browser.mjs';
import { setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
const password = 'een lange zin als wachtwoord';
const shots = process.env.VK_SHOTS;
const WIDTHS = [{ width: 390, height: 844 }, { width: 1366, height: 900 }];

async function shot(page, name) {
  if (!shots) return;
  await page.screenshot({ path: `${shots}/${name}-${page.viewportSize().width}.png`, fullPage: true });
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const { admin } = await setUpOrganisation(server.baseURL, { password });
  await admin.request('POST', '/teams', { name: 'Team Noord' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const viewport of WIDTHS) {
  test(`a refused zodatje keeps its text and says why (${viewport.width} px)`, async () => {
    const { page, context, problems } = await newPage(browser, server.baseURL, { viewport });
    await logIn(page, 'anna@wijkteam-oost.nl', password);
    await page.goto('/zodatjes');
    await expectPage(page, 'Zodatjes');
    const ik = page.getByLabel('Ik …', { exact: true });
    const zodat = page.getByLabel('zodat …', { exact: true });
    await ik.fill('bel elke week met Jan Jansen');
    const why = `hij zijn post op orde houdt (${viewport.width})`;  // each run its own zodatje
    await zodat.fill(why);
    await page.getByRole('button', { name: 'Bewaar' }).click();

    // the refusal: a message that says what and why, the finding in its sentence, a placeholder
    const alert = page.locator('.vk-privacy').first();
    await alert.getByText('Er staat mogelijk een gegeven van een inwoner in.').waitFor();
    await alert.getByText('Vervang het door een aanduiding').waitFor();
    const item = alert.getByRole('listitem').filter({ hasText: 'Jan Jansen' });
    await item.locator('mark').filter({ hasText: 'Jan Jansen' }).waitFor();
    assert.equal(await ik.inputValue(), 'bel elke week met Jan Jansen');
    assert.equal(await zodat.inputValue(), why);
    assert.equal(await ik.getAttribute('aria-invalid'), 'true');
    await shot(page, 'zodatje-refused');
    await checkA11y(page, 'refused zodatje');

    await item.getByRole('button', { name: 'Vervang door [naam]: Jan Jansen' }).click();
    await eventually(() => ik.inputValue(), (v) => assert.equal(v, 'bel elke week met [naam]'));
    await page.getByRole('button', { name: 'Bewaar' }).click();
    await page.getByText(`Ik bel elke week met [naam], zodat ${why}`).waitFor();
    await eventually(() => ik.inputValue(), (v) => assert.equal(v, ''));
    assert.deepEqual(problems(), []);
    await context.close();
  });

  test(`a refused live thought stays in the field with its findings (${viewport.width} px)`, async () => {
    const f = await newPage(browser, server.baseURL, { viewport: { width: 1366, height: 900 } });
    await logIn(f.page, 'anna@wijkteam-oost.nl', password);
    await f.page.getByRole('link', { name: 'Teamsessie' }).click();
    await expectPage(f.page, 'Live teamsessie');
    await f.page.getByRole('button', { name: 'Sessie starten' }).click();
    await expectPage(f.page, 'Dagdeel over ons vak');
    const code = (await eventually(() => f.page.locator('.vk-live-code').textContent(), (t) => assert.match(t.trim(), /^[A-Z0-9]{6}$/))).trim();
    await f.page.getByRole('button', { name: 'Blok starten' }).click();
    await f.page.getByRole('button', { name: 'Volgend blok' }).click();

    const p = await newPage(browser, server.baseURL, { viewport });
    await p.page.goto(`/live/join?code=${code}`);
    await expectPage(p.page, 'Meedoen met een teamsessie');
    await p.page.getByLabel('Je naam').fill('Wijkagent Ruud');
    await p.page.getByRole('button', { name: 'Meedoen' }).click();
    await expectPage(p.page, 'Dagdeel over ons vak');
    const field = p.page.getByLabel('Wat hoor je, wat denk je?');
    const typed = 'Ze belde meteen met mevrouw Jansen van de Dorpsstraat 12';
    await field.fill(typed);
    await p.page.getByRole('button', { name: 'Versturen' }).click();

    const box = p.page.locator('.vk-privacy');
    await box.getByRole('list', { name: 'Gevonden gegevens' }).waitFor();
    assert.equal(await field.inputValue(), typed, 'the refused thought is still in the field');
    // what the message offers is there: the placeholders and the confirmation
    assert.ok(await box.getByRole('button', { name: /^Vervang door/ }).count() >= 1);
    await p.page.getByLabel('Dit zijn geen gegevens van een inwoner').waitFor();
    await shot(p.page, 'live-thought-refused');
    await checkA11y(p.page, 'refused live thought');

    await box.getByRole('button', { name: /^Vervang alle/ }).or(box.getByRole('button', { name: /^Vervang door/ })).first().click();
    await eventually(() => field.inputValue(), (v) => assert.notEqual(v, typed));
    // replace whatever is left, then send
    for (;;) {
      const left = box.getByRole('button', { name: /^Vervang door/ });
      if (!(await left.count())) break;
      await left.first().click();
    }
    const fixed = await field.inputValue();
    await p.page.getByRole('button', { name: 'Versturen' }).click();
    await p.page.getByRole('listitem').filter({ hasText: fixed }).waitFor();
    await eventually(() => field.inputValue(), (v) => assert.equal(v, ''));
    assert.deepEqual(p.problems(), []);
    await p.context.close();
    await f.context.close();
  });
}
