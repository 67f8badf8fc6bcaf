// Journey: the knowledge map. A leerling fills in part of their profile, asks a help question,
// gets advice and a duo partner (a meester colleague), corrects the recognition (an aspect and a
// target group), finds the question back under "Mijn hulpvragen" and reopens its advice, sees the
// heatmap of the team, generates the training plan and exports it as XLSX and PDF. An admin adds
// a local aspect with its words, which then is recognised. Every page is checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectPage, launchBrowser, newPage } from './browser.mjs';
import { ApiSession, setUpOrganisation, startServer } from './server.mjs';

let server;
let browser;
let teamId;
let org;
let youssef;
const password = 'een lange zin als wachtwoord';

async function colleague(admin, email, name, experience, discipline) {
  const inv = await admin.request('POST', '/invitations', { email, name, teamId, experience, discipline });
  const s = new ApiSession(server.baseURL);
  await s.request('POST', `/invitation-tokens/${inv.token}/acceptance`, { name, password });
  return s;
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  org = await setUpOrganisation(server.baseURL);
  const { admin } = org;
  teamId = (await admin.request('POST', '/teams', { name: 'Team Noord' })).id;
  const fatma = await colleague(admin, 'fatma@wijkteam-oost.nl', 'Fatma Yilmaz', 'leerling', 'maatschappelijk werker');
  // Fatma leads the team: the team lead (or supervisor, or admin) makes the training plan.
  await admin.request('PUT', `/teams/${teamId}/members/${(await fatma.request('GET', '/me')).user.id}`, { role: 'team_lead' });
  youssef = await colleague(admin, 'youssef@wijkteam-oost.nl', 'Youssef El Idrissi', 'meester', 'schuldhulpverlener');
  await youssef.request('PUT', '/me/profile', {
    items: [
      { id: 'schuldhulpverlening', level: 'meester', wantsToLearn: false },
      { id: 'schulden-signaleren', level: 'meester', wantsToLearn: false },
      { id: 'vaste-lasten', level: 'gezel', wantsToLearn: false },
    ],
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('profile, help question with advice and duo partner, heatmap, training plan and export', async () => {
  const { page, problems } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill('fatma@wijkteam-oost.nl');
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');

  // Profile: grouped by domain, native controls.
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kennis' }).click();
  await expectPage(page, 'Kennis in je team');
  await checkA11y(page, 'knowledge home');
  await page.getByRole('link', { name: 'Mijn kennisprofiel' }).click();
  await expectPage(page, 'Mijn kennisprofiel');
  await page.getByLabel('Gespreksvoering', { exact: true }).selectOption('gezel');
  await page.locator('summary', { hasText: 'Inkomen' }).click();
  const aspect = page.locator('#level-schuldhulpverlening');
  await aspect.selectOption('leerling');
  await page.locator('#wish-schuldhulpverlening').check();
  await checkA11y(page, 'profile');
  await page.getByRole('button', { name: 'Profiel opslaan' }).click();
  await page.getByRole('status').filter({ hasText: 'Je profiel is opgeslagen.' }).waitFor();

  // Help question → advice and a duo partner.
  await page.goto(`/kennis/teams/${teamId}/hulpvraag`);
  await expectPage(page, 'Hulpvraag: wie weet dit?');
  await page.getByLabel('De hulpvraag').fill('Een moeder heeft schulden en een huurachterstand en durft de post niet meer open te maken.');
  await page.getByRole('button', { name: 'Advies vragen' }).click();
  await page.getByRole('heading', { name: 'Advies', exact: true }).waitFor();
  const duo = page.getByTestId('duo-partner').first();
  await duo.waitFor();
  await eventually(() => duo.innerText(), (t) => assert.match(t, /Youssef El Idrissi/));
  await eventually(() => page.locator('.vk-kn-advice').innerText(), (t) => assert.match(t, /duopartner|specialist/i));
  await checkA11y(page, 'help question advice');
  // Correct what was recognised: drop the first aspect, add one, add a target group.
  const aspectsGroup = page.getByRole('group', { name: /Welke kennisaspecten/ });
  const firstAspect = aspectsGroup.getByRole('checkbox').first();
  const dropped = (await page.locator(`label[for="${await firstAspect.getAttribute('id')}"]`).innerText()).replace(/ \(.*\)$/, '');
  await firstAspect.uncheck();
  await page.getByLabel('Kennisaspect toevoegen').selectOption('uitkeringen-en-regelingen');
  await page.getByRole('button', { name: 'Aspect toevoegen' }).click();
  await eventually(() => aspectsGroup.getByRole('checkbox', { name: /Uitkeringen, toeslagen/ }).isChecked(), (v) => assert.ok(v, 'Uitkeringen is ticked'));
  await page.getByRole('group', { name: /doelgroepen/ }).getByRole('checkbox', { name: 'Laaggeletterdheid' }).check();
  await checkA11y(page, 'correcting the recognition');
  await page.getByRole('button', { name: 'Herkenning bevestigen' }).click();
  await page.getByRole('status').filter({ hasText: 'Dank je.' }).waitFor();
  // The advice is refreshed with the corrected tags.
  const recognised = page.locator('p', { hasText: /Kennisaspecten:[^]*Uitkeringen, toeslagen/ }).first();
  await recognised.waitFor();
  await eventually(() => recognised.innerText(), (t) => {
    assert.match(t, /Uitkeringen, toeslagen/);
    assert.doesNotMatch(t, new RegExp(dropped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  });
  await eventually(() => page.locator('p', { hasText: 'Doelgroepen:' }).first().innerText(), (t) => assert.match(t, /Laaggeletterdheid/));

  // My help questions: the question is listed with its tags; its advice can be reopened.
  await page.goto('/kennis');
  await page.getByRole('link', { name: 'Mijn hulpvragen' }).click();
  await expectPage(page, 'Mijn hulpvragen');
  const mine = page.getByRole('table', { name: 'Mijn hulpvragen, nieuwste eerst' });
  const questionRow = mine.getByRole('row').filter({ hasText: 'huurachterstand' }).first();
  await eventually(() => questionRow.innerText(), (t) => {
    assert.match(t, /Laaggeletterdheid/);
    assert.match(t, /Uitkeringen, toeslagen/);
  });
  await checkA11y(page, 'my help questions');
  await questionRow.getByRole('link', { name: /^Advies van .* openen$/ }).click();
  await expectPage(page, 'Hulpvraag opnieuw bekijken');
  await page.getByRole('heading', { name: 'Advies', exact: true }).waitFor();
  await eventually(() => page.locator('blockquote').innerText(), (t) => assert.match(t, /huurachterstand/));
  await eventually(() => page.locator('p', { hasText: 'Kennisaspecten:' }).first().innerText(), (t) => assert.match(t, /Uitkeringen, toeslagen/));
  await checkA11y(page, 'help question reopened');

  // Nothing recognised: the page says so and asks for more words or a choice by hand, never
  // "pak het zelf op"; a life domain picked by hand then gets advice.
  await page.goto(`/kennis/teams/${teamId}/hulpvraag`);
  await expectPage(page, 'Hulpvraag: wie weet dit?');
  await page.getByLabel('De hulpvraag').fill('Goedemorgen, ik heb een vraag.');
  await page.getByRole('button', { name: 'Advies vragen' }).click();
  const adviceBox = page.locator('.vk-kn-advice');
  await eventually(() => adviceBox.innerText(), (t) => {
    assert.match(t, /We herkenden niets in deze vraag/);
    assert.match(t, /meer woorden/);
    assert.doesNotMatch(t, /Pak het zelf op/);
  });
  await page.getByRole('group', { name: /leefgebieden/ }).getByRole('checkbox', { name: 'Inkomen', exact: true }).check();
  await page.getByRole('button', { name: 'Herkenning bevestigen' }).click();
  await page.getByRole('status').filter({ hasText: 'Dank je.' }).waitFor();
  await eventually(() => adviceBox.innerText(), (t) => {
    assert.doesNotMatch(t, /We herkenden niets/);
    assert.match(t, /duopartner|collega's samen|specialist/i);
  });
  await eventually(() => page.getByRole('heading', { name: 'Nodige kennis' }).count(), (n) => assert.equal(n, 1));
  await checkA11y(page, 'a domain picked by hand');

  // Team map: heatmap table with the level in words.
  await page.goto(`/kennis/teams/${teamId}/kaart`);
  await expectPage(page, 'Teamkaart');
  await page.getByLabel('Leefgebied', { exact: true }).selectOption('inkomen');
  const table = page.getByRole('table', { name: 'Kennis per aspect en collega' });
  await table.waitFor();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Schuldhulpverlening/i }) }).first();
  await eventually(() => row.innerText(), (text) => {
    assert.match(text, /meester/);
    assert.match(text, /leerling/);
  });
  await page.getByRole('table', { name: /T-profiel per collega/ }).getByRole('rowheader', { name: 'Youssef El Idrissi' }).waitFor();
  // External partner for what nobody in the team covers.
  await page.getByLabel('Kennisaspect', { exact: true }).selectOption('verslaving');
  await page.getByLabel('Organisatie', { exact: true }).fill('Verslavingszorg Regio');
  await page.getByLabel('Rol', { exact: true }).fill('preventiewerker');
  await page.getByRole('button', { name: 'Partner toevoegen' }).click();
  await page.getByText('Verslavingszorg Regio (preventiewerker)').waitFor();
  await checkA11y(page, 'team map');

  // Training plan: generate, export.
  await page.goto(`/kennis/teams/${teamId}/scholingsplan`);
  await expectPage(page, 'Scholingsplan');
  await page.getByRole('button', { name: 'Scholingsplan maken' }).click();
  await page.getByRole('table', { name: 'Scholingsplan, belangrijkste eerst' }).waitFor();
  await checkA11y(page, 'training plan');
  for (const [label, type, magic] of [
    ['Download als Excel (XLSX)', 'spreadsheetml', 'PK'],
    ['Download als PDF', 'application/pdf', '%PDF'],
  ]) {
    const href = await page.getByRole('link', { name: label }).getAttribute('href');
    const res = await page.request.get(href);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'], new RegExp(type));
    assert.equal((await res.body()).subarray(0, magic.length).toString('latin1'), magic);
  }
  assert.deepEqual(problems(), []);
});

test('the profile works on a phone', async () => {
  const { page, context } = await newPage(browser, server.baseURL, { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill('youssef@wijkteam-oost.nl');
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');
  await page.goto('/kennis/profiel');
  await expectPage(page, 'Mijn kennisprofiel');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
  await checkA11y(page, 'profile on a phone');
  await context.close();
});

test('an admin adds a local aspect, renames and retires one and links a source', async () => {
  const { page, context, problems } = await newPage(browser, server.baseURL);
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(org.email);
  await page.getByLabel('Wachtwoord').fill(org.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');
  await page.goto('/kennis');
  await page.getByRole('link', { name: 'Kenniscatalogus beheren' }).click();
  await expectPage(page, 'Kenniscatalogus beheren');
  await page.locator('#cat-domain').selectOption('inkomen');
  await page.locator('#cat-name').fill('Minimaregeling Oost');
  await page.getByLabel('Woorden en synoniemen', { exact: true }).fill('stadspas, meedoenpas');
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Minimaregeling Oost is toegevoegd.' }).waitFor();
  // The local aspect's words are recognised in the organisation's help questions.
  const advice = await youssef.request('POST', `/teams/${teamId}/help-questions`, { text: 'Kan de vader met de stadspas zwemles voor zijn dochter betalen?' });
  const local = (await org.admin.request('GET', '/knowledge/catalogue')).domains.flatMap((d) => d.aspects).find((a) => a.name === 'Minimaregeling Oost');
  assert.ok(advice.recognised.aspects.some((a) => a.id === local.id), JSON.stringify(advice.recognised));
  await page.locator('#cat-aspect').selectOption('armoede');
  await page.locator('#cat-rename').fill('Armoede en bestaanszekerheid');
  await page.getByLabel('Eigen woorden en synoniemen').fill('bestaanszekerheid');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Armoede en bestaanszekerheid is aangepast.' }).waitFor();
  await page.locator('#cat-source-title').fill('E-learning armoede');
  await page.locator('#cat-source-url').fill('https://example.org/armoede');
  await page.getByRole('button', { name: 'Bron koppelen' }).click();
  await page.getByRole('link', { name: 'E-learning armoede' }).waitFor();
  await page.getByRole('button', { name: 'Uitfaseren' }).click();
  await page.getByRole('button', { name: 'Weer gebruiken' }).waitFor();
  await checkA11y(page, 'catalogue');
  assert.deepEqual(problems(), []);
  await context.close();
});
