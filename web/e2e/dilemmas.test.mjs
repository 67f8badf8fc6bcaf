// Journey: the dilemmas of team Noord (demo). A member reads the library by topic, downloads the
// card set and proposes a dilemma from practice; the team lead accepts it into the library.
// The lead opens a vote round; four members vote on their phones (each in their own browser
// context, all dilemmas in well under three minutes); the results stay hidden while the round
// is open; the lead closes it after a confirmation and sees the ranking with its change since
// the demo's earlier round; a vote after the close is refused. The admin edits, retires and
// restores a dilemma and adds an own one. Every new page is checked with axe.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { checkA11y, eventually, expectFocus, expectPage, launchBrowser, logIn, newPage } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const LAPTOP = { viewport: { width: 1366, height: 900 } };
const VOTERS = ['sanne.bakker@demostad.nl', 'youssef.elidrissi@demostad.nl', 'marieke.deboer@demostad.nl', 'daan.visser@demostad.nl'];

let server;
let browser;
let teamId;
let teamName;

async function apiAs(email) {
  const s = new ApiSession(server.baseURL);
  await s.request('POST', '/session', { email, password: demoLogins.password });
  return s;
}


before(async () => {
  server = await startServer({ demo: true });
  browser = await launchBrowser();
  const lead = await apiAs(demoLogins.lead);
  ({ id: teamId, name: teamName } = (await lead.request('GET', '/teams')).items.find((t) => t.name.includes('Noord')));
  // the journey opens its own round: close one the demo may have left open
  const open = (await lead.request('GET', `/teams/${teamId}/dilemma-rounds`)).items.find((r) => r.status === 'open');
  if (open) await lead.request('POST', `/dilemma-rounds/${open.id}/close`, {});
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a member reads the library and proposes a dilemma; the team lead accepts it', async () => {
  const m = await newPage(browser, server.baseURL, PHONE);
  await logIn(m.page, demoLogins.member);
  await m.page.getByRole('button', { name: 'Menu' }).click();
  await m.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: "Dilemma's" }).click();
  await expectPage(m.page, "Dilemma's");
  await checkA11y(m.page, 'dilemmas home');
  // the what-works conversation starts from here, with its own programme chosen
  await m.page.getByRole('link', { name: /wat-werkt-gesprek begeleiden/ }).first().click();
  await eventually(() => m.page.getByLabel('Naam van de sessie').inputValue(), (v) => assert.equal(v, 'Wat-werkt-gesprek'));
  await eventually(() => m.page.getByLabel('Programma kiezen').inputValue(), (v) => assert.equal(v, 'p:wat-werkt-gesprek'));
  await m.page.goBack();
  await expectPage(m.page, "Dilemma's");
  await m.page.getByRole('link', { name: "Bibliotheek van dilemma's" }).first().click();
  await expectPage(m.page, `Dilemma's van ${teamName}`);
  // by topic, with both sides, the perspectives and the links by name (not by key)
  const first = m.page.locator('article.vk-dl').first();
  await first.waitFor();
  const articles = await m.page.locator('article.vk-dl').count();
  assert.ok(articles >= 20, `the library shows the twenty starter dilemmas (saw ${articles})`);
  await m.page.getByRole('heading', { level: 2, name: /Integraal werken/ }).waitFor();
  const kids = m.page.locator('article', { has: m.page.getByRole('heading', { name: 'Eerst de kinderen of eerst de schulden?' }) });
  await kids.getByText('Kant A').waitFor();
  await kids.getByText('Bewoner', { exact: true }).waitFor();
  // links by name once the catalogue, the guideline and the craft themes are in
  await eventually(() => kids.locator('.vk-dl-links').textContent(), (t) => {
    assert.match(t, /vuistregel: Houd koers/);
    assert.doesNotMatch(t, /leefgebied: inkomen|thema: werk\b/);
  });
  await checkA11y(m.page, 'library');
  // the card set
  const href = await m.page.getByRole('link', { name: /Kaartenset om te printen/ }).getAttribute('href');
  assert.equal(href, `/api/v1/dilemmas/cards.pdf?teamId=${teamId}`);
  const pdf = await m.page.request.get(href);
  assert.equal(pdf.status(), 200);
  assert.match(pdf.headers()['content-type'], /application\/pdf/);
  assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');

  // propose one from practice
  await m.page.getByRole('link', { name: 'Een dilemma uit de praktijk voorstellen' }).first().click();
  await expectPage(m.page, 'Een dilemma voorstellen');
  await checkA11y(m.page, 'propose');
  await m.page.getByLabel('Korte titel').fill('Huisbezoek of eerst bellen?');
  await m.page.getByLabel('De spanning').fill('Gaan we meteen op huisbezoek, of bellen we eerst om te horen wat iemand wil?');
  await m.page.getByLabel('Keuze A', { exact: true }).fill('Meteen op huisbezoek');
  await m.page.getByLabel('Wat kost keuze A?').fill('Het kan voelen als binnenvallen.');
  await m.page.getByLabel('Keuze B', { exact: true }).fill('Eerst bellen');
  await m.page.getByLabel('Wat kost keuze B?').fill('We missen wat je alleen thuis ziet.');
  await m.page.getByLabel('Toelichting').fill('Dit speelt bij bijna elke nieuwe aanmelding.');
  await m.page.getByRole('button', { name: 'Voorstel insturen' }).click();
  await m.page.getByRole('status').filter({ hasText: 'De teamleider kijkt ernaar' }).waitFor();
  await checkA11y(m.page, 'propose sent');
  await m.page.getByRole('link', { name: 'Mijn voorstellen' }).click();
  await expectPage(m.page, 'Mijn voorstellen');
  await m.page.getByRole('heading', { name: 'Huisbezoek of eerst bellen?' }).waitFor();
  await m.page.getByText('Wacht op de teamleider').first().waitFor();
  assert.equal(await m.page.getByRole('button', { name: /Overnemen in de bibliotheek/ }).count(), 0, 'a member does not review');
  await checkA11y(m.page, 'my proposals');

  const l = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(l.page, demoLogins.lead);
  await l.page.goto(`/dilemmas/teams/${teamId}/voorstellen`);
  await expectPage(l.page, `Voorstellen van ${teamName}`);
  const proposal = l.page.locator('li.vk-dl-proposal', { has: l.page.getByRole('heading', { name: 'Huisbezoek of eerst bellen?' }) });
  await proposal.getByText(/voorgesteld door Sanne Bakker/).waitFor();
  await checkA11y(l.page, 'proposals review');
  await proposal.getByRole('button', { name: 'Overnemen in de bibliotheek: Huisbezoek of eerst bellen?' }).click();
  await l.page.getByRole('heading', { level: 2, name: 'Besloten' }).waitFor();
  await l.page.locator('li.vk-dl-proposal', { hasText: 'Huisbezoek of eerst bellen?' }).getByText('Overgenomen').waitFor();
  await l.page.goto(`/dilemmas/teams/${teamId}`);
  const added = l.page.locator('article', { has: l.page.getByRole('heading', { name: 'Huisbezoek of eerst bellen?' }) });
  await added.getByText('Voorgesteld in je team').waitFor();

  assert.deepEqual(m.problems(), []);
  assert.deepEqual(l.problems(), []);
  await m.context.close();
  await l.context.close();
});

/** Answer every dilemma on the vote page: recognisable from the pattern, current ja/soms/nee. */
async function voteAll(page, seed) {
  const ids = await page.locator('.vk-dl-vote__item h2').evaluateAll((hs) => hs.map((h) => h.id.slice(2)));
  assert.ok(ids.length >= 1);
  const current = ['ja', 'soms', 'nee'];
  for (const [i, key] of ids.entries()) {
    await page.locator(`label[for="rec-${key}-${((i + seed) % 5) + 1}"]`).click();
    await page.locator(`label[for="cur-${key}-${current[(i * seed + seed) % 3]}"]`).click();
  }
  return ids.length;
}

test('four members vote on their phones, the lead closes the round and sees the ranking', async () => {
  const lead = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(lead.page, demoLogins.lead);
  await lead.page.goto(`/dilemmas/teams/${teamId}/stemrondes`);
  await expectPage(lead.page, `Stemrondes van ${teamName}`);
  await checkA11y(lead.page, 'rounds');
  await lead.page.getByLabel('Minimaal aantal stemmers').fill('3');
  await lead.page.getByRole('button', { name: 'Stemronde openen' }).click();
  await expectPage(lead.page, 'Stemronde');
  const roundId = Number(new URL(lead.page.url()).pathname.split('/').pop());
  assert.ok(roundId > 0);

  const phones = [];
  for (const [n, email] of VOTERS.entries()) {
    const p = await newPage(browser, server.baseURL, PHONE);
    await logIn(p.page, email);
    await p.page.goto(`/dilemmas/stemrondes/${roundId}`);
    await expectPage(p.page, 'Stemronde');
    const started = Date.now();
    if (n === 0) await checkA11y(p.page, 'vote (empty)');
    const total = await voteAll(p.page, n + 1);
    await p.page.getByText(`${total} van ${total} ingevuld`).waitFor();
    await p.page.getByRole('button', { name: 'Stem opslaan' }).click();
    await p.page.getByRole('status').filter({ hasText: `Je stem is opgeslagen: ${total} van ${total}` }).waitFor();
    assert.ok(Date.now() - started < 180_000, 'voting takes less than three minutes');
    if (n === 0) {
      await checkA11y(p.page, 'vote (filled in)');
      assert.equal(await p.page.getByRole('button', { name: 'Stemronde sluiten' }).count(), 0, 'a member cannot close the round');
      // no sideways scrolling on the phone
      const { scroll, client } = await p.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: window.innerWidth }));
      assert.ok(scroll <= client + 1, `vote page is ${scroll}px wide at ${client}px`);
    }
    phones.push(p);
  }

  // hidden until closed: only the count
  const first = phones[0].page;
  await first.goto(`/dilemmas/stemrondes/${roundId}/uitslag`);
  await expectPage(first, 'Uitslag van de stemronde');
  await first.getByText(/Tot nu toe stemden 4 mensen; er zijn er minstens 3 nodig/).waitFor();
  assert.equal(await first.getByRole('table').count(), 0, 'no ranking while the round is open');
  await checkA11y(first, 'results hidden');

  // the last voter still has the form open; the lead closes with a confirmation
  const late = phones[3].page;
  await lead.page.reload();
  await expectPage(lead.page, 'Stemronde');
  await lead.page.getByText(/Er stemden 4 mensen/).waitFor();
  await lead.page.getByRole('button', { name: 'Stemronde sluiten' }).click();
  const dialog = lead.page.getByRole('alertdialog', { name: 'Stemronde sluiten?' });
  await dialog.waitFor();
  await checkA11y(lead.page, 'close round dialog');
  await lead.page.keyboard.press('Escape');
  await expectFocus(lead.page, 'dl-close-round', 'focus back on the close button after cancelling');
  await lead.page.getByRole('button', { name: 'Stemronde sluiten' }).click();
  await dialog.getByRole('button', { name: 'Ja, sluiten' }).click();
  await expectPage(lead.page, 'Uitslag van de stemronde');
  const table = lead.page.getByRole('table');
  await table.waitFor();
  await lead.page.getByText('4 mensen stemden.').waitFor();
  const rows = await table.locator('tbody tr').count();
  assert.ok(rows >= 1);
  // the change since the previous round, in words
  const changes = await table.locator('.vk-dl-change').allTextContents();
  assert.equal(changes.length, rows);
  for (const c of changes) assert.match(c, /plaatsen? gestegen|plaatsen? gedaald|zelfde plaats|nieuw in de ranglijst/);
  await lead.page.getByRole('heading', { level: 2, name: 'Hoe er gestemd is' }).waitFor();
  // never a voter's name in the results
  const body = await lead.page.locator('main').textContent();
  for (const name of ['Sanne Bakker', 'Youssef El Idrissi', 'Marieke de Boer', 'Daan Visser']) assert.ok(!body.includes(name), `${name} in the results`);
  await checkA11y(lead.page, 'results');

  // a vote after the close is refused and says so
  await late.locator('.vk-dl-vote__item label[for$="-1"]').first().click();
  await late.getByRole('button', { name: 'Stem opslaan' }).click();
  await late.getByRole('alert').filter({ hasText: 'De stemronde is gesloten.' }).waitFor();

  // the organisation's ranking: visible or hidden with the number of teams
  await lead.page.goto('/dilemmas/ranglijst');
  await expectPage(lead.page, 'Ranglijst van de organisatie');
  await eventually(() => lead.page.locator('main').textContent(), (t) => assert.match(t, /Nog niet zichtbaar: \d+ teams? tel|Over \d+ teams?\./));
  await checkA11y(lead.page, 'organisation ranking');

  for (const p of [lead, ...phones]) {
    assert.deepEqual(p.problems(), []);
    await p.context.close();
  }
});

test('the admin edits, retires and restores a dilemma and adds an own one', async () => {
  const a = await newPage(browser, server.baseURL, LAPTOP);
  await logIn(a.page, demoLogins.admin);
  await a.page.goto('/dilemmas/beheer');
  await expectPage(a.page, "Dilemma's beheren");
  await checkA11y(a.page, 'admin list');
  const title = 'Eerst de kinderen of eerst de schulden?';
  await a.page.getByRole('link', { name: `Bewerken: ${title}` }).click();
  await expectPage(a.page, 'Dilemma bewerken');
  await checkA11y(a.page, 'admin edit');
  await a.page.getByLabel('Korte titel').fill('Kinderen of schulden: wat eerst?');
  await a.page.getByRole('button', { name: 'Opslaan' }).click();
  await expectPage(a.page, "Dilemma's beheren");
  await a.page.getByRole('status').filter({ hasText: 'Het dilemma is opgeslagen.' }).waitFor();
  const item = a.page.locator('li.vk-dl-admin__item', { has: a.page.getByRole('heading', { name: 'Kinderen of schulden: wat eerst?' }) });
  await item.getByText('Aangepast door je organisatie').waitFor();

  // retire (asks first), the team no longer sees it, restore
  await item.getByRole('button', { name: 'Uit de bibliotheek halen: Kinderen of schulden: wat eerst?' }).click();
  const dialog = a.page.getByRole('alertdialog');
  await dialog.getByRole('button', { name: 'Uit de bibliotheek halen' }).click();
  await item.getByText('Niet in de bibliotheek').waitFor();
  const member = await apiAs(demoLogins.member);
  const library = (await member.request('GET', `/dilemmas?teamId=${teamId}`)).items;
  assert.ok(!library.some((d) => d.title === 'Kinderen of schulden: wat eerst?'), 'a retired dilemma is not in the team library');
  await item.getByRole('button', { name: 'Terugzetten: Kinderen of schulden: wat eerst?' }).click();
  await eventually(() => item.getByText('Niet in de bibliotheek').count(), (n) => assert.equal(n, 0));

  // an own dilemma
  await a.page.getByRole('link', { name: 'Eigen dilemma toevoegen' }).click();
  await expectPage(a.page, 'Eigen dilemma toevoegen');
  await a.page.getByLabel('Onderwerp').selectOption('administratie');
  await a.page.getByLabel('Korte titel').fill('Dossier bijwerken of bij het gezin zijn?');
  await a.page.getByLabel('De spanning').fill('Werken we vandaag het dossier bij, of gaan we langs bij het gezin dat op ons wacht?');
  await a.page.getByLabel('Keuze A', { exact: true }).fill('Het dossier bijwerken');
  await a.page.getByLabel('Keuze B', { exact: true }).fill('Langsgaan bij het gezin');
  await a.page.getByLabel('Gemeente').fill('Wil kunnen zien wat er gebeurt.');
  await checkA11y(a.page, 'admin add');
  await a.page.getByRole('button', { name: 'Dilemma toevoegen' }).click();
  await expectPage(a.page, "Dilemma's beheren");
  await a.page.getByRole('heading', { name: 'Dossier bijwerken of bij het gezin zijn?' }).waitFor();
  assert.deepEqual(a.problems(), []);
  await a.context.close();
});
