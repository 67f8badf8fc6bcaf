// Debian's Chromium through playwright-core (never a downloaded browser), and axe-core checks.
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { demoLogins } from './server.mjs';

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.VK_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context (its own cookies) with a page that records script errors and CSP
 * violations; `problems()` lists them (expected 4xx answers of the API are not problems).
 */
export async function newPage(browser, baseURL, options = {}) {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', ...options });
  const page = await context.newPage();
  const seen = [];
  page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const text = msg.text();
    if (/Failed to load resource: the server responded with a status of (401|404|409|410|429|400)/.test(text)) return;
    seen.push(`console: ${text}`);
  });
  return { context, page, problems: () => seen };
}

/** Assert no serious or critical WCAG 2.2 AA violations on the page as it is now. */
export async function checkA11y(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  assert.deepEqual(bad, [], `axe violations on ${label} (${page.url()})`);
}

/** Wait until the page's h1 has this text and the title says so too. */
export async function expectPage(page, heading) {
  const h1 = page.getByRole('heading', { level: 1, name: heading, exact: true });
  await h1.waitFor({ state: 'visible', timeout: 20_000 });
  await page.waitForFunction((h) => document.title.startsWith(h), heading, { timeout: 10_000 });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait for state that the UI sets asynchronously (focus, aria-live text, a count after a
 * mutation, a value restored after a reload): read it again and again until `check` (an
 * `assert` call) passes, at most `timeout` ms; then fail with the last assertion's error.
 * A one-shot read right after an action passes alone and fails in a loaded full run.
 * @template T
 * @param {() => Promise<T> | T} read
 * @param {(value: T) => void} check
 * @returns {Promise<T>} the value that passed
 */
export async function eventually(read, check, { timeout = 20_000, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    let value;
    try {
      value = await read();
      check(value);
      return value;
    } catch (e) {
      if (Date.now() >= deadline) throw e;
    }
    await sleep(interval);
  }
}

/** Wait until the focused element has this id (focus moves in an effect after a render). */
export async function expectFocus(page, id, message) {
  await eventually(
    () => page.evaluate(() => document.activeElement?.id ?? null),
    (active) => assert.equal(active, id, message ?? `focus on #${id}`),
  );
}

/** Logs in through the real log-in page and waits for the home page ("Mijn teams"). */
export async function logIn(page, email, password = demoLogins.password) {
  await page.goto('/inloggen');
  await expectPage(page, 'Inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expectPage(page, 'Mijn teams');
}

/** Asserts the page has no sideways scroll at its current width (a phone's 390 px, say). */
export async function noSideways(page, label) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${label}: ${overflow}px sideways scroll at ${page.viewportSize()?.width} px`);
}
