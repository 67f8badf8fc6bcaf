// Starts the real Vakkompas server on a free loopback port with an empty SQLite store and the
// built web app, for the Playwright journeys. Binary: $VK_BINARY or <repo>/build/vakkompas.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * `demo: true` seeds the demo organisation "Wijkteams Demostad" (see `demoLogins`);
 * `requireSecondFactor: true` makes admins set up a second log-in step first.
 * @returns {Promise<{ baseURL: string, stop: () => Promise<void>, output: () => string }>}
 */
export async function startServer({ demo = false, requireSecondFactor } = {}) {
  const binary = process.env.VK_BINARY ?? join(repoRoot, 'build', 'vakkompas');
  const webRoot = join(repoRoot, 'web', 'dist');
  if (!existsSync(binary)) throw new Error(`server binary not found: ${binary} (build it, or set VK_BINARY)`);
  if (!existsSync(join(webRoot, 'index.html'))) throw new Error(`${webRoot}/index.html missing: run "npm run build" in web/ first`);

  const dir = await mkdtemp(join(tmpdir(), 'vk-e2e-'));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const args = ['serve', '--listen', `127.0.0.1:${port}`, '--database', `sqlite:${join(dir, 'vk.db')}`, '--web-root', webRoot];
  if (demo) args.push('--demo');
  // Admins need a second log-in step in production; the journeys turn it on where they test it.
  // The demo is left to its own default (off), which is what it promises on its admin pages.
  if (requireSecondFactor !== undefined || !demo) args.push('--require-second-factor', String(requireSecondFactor ?? false));
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let exited = null;
  const exit = new Promise((r) => child.on('exit', (code, signal) => { exited = { code, signal }; r(); }));

  const deadline = Date.now() + 20_000;
  for (;;) {
    if (exited) throw new Error(`server exited early (${JSON.stringify(exited)}):\n${log}`);
    try {
      const res = await fetch(`${baseURL}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /api/v1/health within 20 s:\n${log}`);
    }
    await sleep(100);
  }

  return {
    baseURL,
    output: () => log,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exit;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A tiny API client with its own session cookie, to arrange data for a journey quickly. */
export class ApiSession {
  constructor(baseURL) {
    this.baseURL = baseURL;
    this.cookie = '';
    this.csrf = '';
  }

  async request(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.cookie) headers.Cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['X-CSRF-Token'] = this.csrf;
    const res = await fetch(`${this.baseURL}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = res.headers.getSetCookie?.() ?? [];
    for (const c of setCookie) {
      const pair = c.split(';')[0];
      if (pair.startsWith('vk_session=')) this.cookie = pair;
    }
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    if (data && typeof data.csrfToken === 'string') this.csrf = data.csrfToken;
    return data;
  }
}

/** First-run set-up over the API; returns the admin's session and credentials. */
export async function setUpOrganisation(baseURL, { organisation = 'Wijkteam Oost', name = 'Anna de Vries', email = 'anna@wijkteam-oost.nl', password = 'een lange zin als wachtwoord' } = {}) {
  const admin = new ApiSession(baseURL);
  await admin.request('POST', '/setup', { organisation, name, email, password });
  return { admin, email, password, name };
}

/** The demo organisation's log-ins (server/src/app/demo.hpp and demo.cpp). */
export const demoLogins = {
  password: 'demo-wachtwoord',
  admin: 'beheer@demostad.nl',
  member: 'sanne.bakker@demostad.nl',
  lead: 'ingrid.smit@demostad.nl',
};
