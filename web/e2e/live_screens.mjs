// Screenshots of the live pages as people meet them (not a test: `node e2e/live_screens.mjs`).
// The projector at 1366×768 and 1920×1080 and the phone's states at 390 px come from
// live_projector.test.mjs; this adds the state that takes a while to reach: a phone whose
// socket cannot get through gives up politely ("Probeer opnieuw", after about 30 s, at most 55 s).
// Writes PNGs to web/test-results/projector/.
import { mkdirSync } from 'node:fs';
import { launchBrowser, newPage } from './browser.mjs';
import { ApiSession, demoLogins, startServer } from './server.mjs';

const out = new URL('../test-results/projector/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
const server = await startServer({ demo: true });
const browser = await launchBrowser();
try {
  const lead = new ApiSession(server.baseURL);
  await lead.request('POST', '/session', { email: demoLogins.lead, password: demoLogins.password });
  const team = (await lead.request('GET', '/teams')).items.find((t) => t.myRole === 'team_lead').id;
  const s = await lead.request('POST', `/teams/${team}/live-sessions`, { title: 'Dagdeel over ons vak' });
  const g = await newPage(browser, server.baseURL, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  await g.page.goto(`/live/join?code=${s.joinCode}`);
  await g.page.getByLabel('Je naam').fill('Coach Daan');
  await g.page.getByRole('button', { name: 'Meedoen' }).click();
  await g.page.getByText('Je doet mee als Coach Daan.').waitFor();
  // From now on every socket opens and drops at once (a Wi-Fi that lets nothing through).
  await g.page.routeWebSocket(/\/socket/, (ws) => ws.close());
  await g.page.reload();
  await g.page.getByRole('button', { name: 'Probeer opnieuw' }).waitFor({ timeout: 90_000 });
  await g.page.screenshot({ path: `${out}phone-390-gave-up.png` });
  console.log(`wrote ${out}phone-390-gave-up.png`);
} finally {
  await browser.close();
  await server.stop();
}
