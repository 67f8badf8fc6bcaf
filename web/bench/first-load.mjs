// The guest's first load on a slow phone network: the join page and the log-in page in Debian's
// Chromium with the network throttled as a slow 4G connection (400 kbit/s both ways, 400 ms
// latency per request), each time in a fresh context (nothing cached). Prints, per page, the time
// from navigation until its heading shows and the page has loaded its stylesheets and scripts
// (median, min, max of RUNS) and the bytes on the wire
// against the bytes after decoding (what an uncompressed answer would have sent).
//   node bench/first-load.mjs [RUNS]     (scripts/bench runs it; needs web/dist and build/vakkompas)
import { launchBrowser } from '../e2e/browser.mjs';
import { startServer } from '../e2e/server.mjs';

const runs = Number(process.argv[2] ?? 5);
const kbit = 400;
const network = { offline: false, latency: 400, downloadThroughput: (kbit * 1000) / 8, uploadThroughput: (kbit * 1000) / 8 };
const pages = [
  { name: 'join page', path: '/live/join' },
  { name: 'log-in page', path: '/inloggen' },
];

const server = await startServer({ demo: true });
const browser = await launchBrowser();
try {
  console.log(`first load on a throttled network (${kbit} kbit/s, ${network.latency} ms per request), ${runs} runs each, nothing cached`);
  for (const p of pages) {
    const times = [];
    let wire = 0;
    let decoded = 0;
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ baseURL: server.baseURL, locale: 'nl-NL' });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', network);
      let w = 0;
      let d = 0;
      cdp.on('Network.loadingFinished', (e) => (w += e.encodedDataLength));
      cdp.on('Network.dataReceived', (e) => (d += e.dataLength));
      const t0 = Date.now();
      await page.goto(p.path, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible', timeout: 60_000 });
      // and the page's stylesheets and scripts are in (the load event): a heading that is in the
      // HTML counts as ready only once it is styled and its form works
      await page.waitForFunction(() => document.readyState === 'complete', null, { timeout: 60_000 });
      times.push(Date.now() - t0);
      wire = w;
      decoded = d;
      await context.close();
    }
    times.sort((a, b) => a - b);
    const med = times[Math.floor(times.length / 2)];
    console.log(
      `${p.name.padEnd(12)} ready in ${(med / 1000).toFixed(2)} s (min ${(times[0] / 1000).toFixed(2)}, max ${(times.at(-1) / 1000).toFixed(2)}); ` +
        `${(wire / 1024).toFixed(0)} kB on the wire, ${(decoded / 1024).toFixed(0)} kB decoded (${(wire / decoded).toFixed(2)}×)`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
