// Builds the pages of their own, small for a phone's first load (docs/adr/0012-first-load.md):
// the guest's join page (join.html, src/join/main.ts) and the log-in page (login.html,
// src/login/main.ts). For each page in PAGES:
// - `virtual:NAME-page.css`: only the rules of the Utrecht components, the voorbeeld theme and the
//   app's own CSS whose classes the page uses, and only the design tokens those rules read, so
//   that the page's stylesheet is a few kB instead of the app's 500;
// - `virtual:NAME-messages`: only the messages the page uses, in both languages;
// - the shared head, header and footer (src/pages/head.html, header.html, footer.html) put in
//   at the page's `<!-- vk:head -->`, `<!-- vk:header -->` and `<!-- vk:footer -->`, the Dutch
//   text of its data-t elements and its <title>, filled in at build time;
// - in `npm run dev`, the page's route answered with its HTML, as the C++ server does.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postcss, { type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';

const web = fileURLToPath(new URL('..', import.meta.url));
const read = (p: string) => readFileSync(web + p, 'utf8');
const SOURCES = [
  'node_modules/@utrecht/component-library-css/dist/index.css',
  'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  'src/app/app.css',
  'src/pages/pages.css',
];
/** What every page of its own shares: its head, header and footer, and the script that runs them. */
const PARTS = { head: 'src/pages/head.html', header: 'src/pages/header.html', footer: 'src/pages/footer.html' };
const SHARED = [...Object.values(PARTS), 'src/pages/page.ts'];

export interface LightPage {
  /** `join`: virtual:join-page.css, virtual:join-messages. */
  name: string;
  html: string;
  /** The route the server answers with the page (and everything below it). */
  route: string;
  /** The catalogue id of the page's heading, for its <title>. */
  heading: string;
  /** The page's own files besides its HTML, whose classes and catalogue ids count as used. */
  files: string[];
  /** More of the app's CSS than app.css. */
  css: string[];
  /** Catalogue ids the page's script puts together at run time (besides every error.*). */
  idPrefixes: string[];
}

export const PAGES: LightPage[] = [
  { name: 'join', html: 'join.html', route: '/live/join', heading: 'live.joinTitle', files: ['src/join/main.ts'], css: ['src/features/live/live.css'], idPrefixes: [] },
  {
    name: 'login',
    html: 'login.html',
    route: '/inloggen',
    heading: 'login.title',
    files: ['src/login/main.ts', 'src/features/auth/login.ts'],
    css: [],
    idPrefixes: ['login.sso.error.'],
  },
];

/**
 * The app's modules the pages' scripts import, and Vite's module-preload polyfill that every
 * entry imports (bundled together: vite.config.ts).
 */
export const PAGES_SHARED = /(\/src\/(pages\/\w+|components\/(errors|email)|api\/(client|endpoints)|i18n\/locale|features\/live\/api)\.ts|modulepreload-polyfill)/;

const pageFiles = (p: LightPage) => [p.html, ...p.files, ...SHARED];
const byName = (name: string) => PAGES.find((p) => p.name === name);

type Catalogue = Record<string, string>;
const catalogue = (l: string): Catalogue => JSON.parse(read(`src/i18n/${l}.json`));

/** The catalogue ids the page names (data-t, quoted ids in the script) and every error message. */
function usedIds(page: LightPage, nl: Catalogue): string[] {
  const text = pageFiles(page).map(read).join('\n');
  const named = new Set([...text.matchAll(/["']([a-z][\w]*(?:\.[\w]+)+)["']/gi)].map((m) => m[1]));
  const prefixes = ['error.', ...page.idPrefixes];
  return Object.keys(nl).filter((id) => named.has(id) || prefixes.some((p) => id.startsWith(p)));
}

function messagesModule(page: LightPage): string {
  const nl = catalogue('nl');
  const en = catalogue('en');
  const ids = usedIds(page, nl);
  const pick = (c: Catalogue) => Object.fromEntries(ids.map((id) => [id, c[id] ?? nl[id]]));
  return `export default ${JSON.stringify({ nl: pick(nl), en: pick(en) })};`;
}

const classesIn = (selector: string) =>
  [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);

/** The page's stylesheet: the rules whose classes all occur on the page, and the tokens they read. */
export function pageCss(page: LightPage): string {
  const used = new Set(pageFiles(page).flatMap((p) => [...read(p).matchAll(/\b(?:utrecht|vk|voorbeeld)-[\w-]+/g)].map((m) => m[0])));
  const root = postcss.parse([...SOURCES, ...page.css].map(read).join('\n'));
  root.walkComments((c) => { c.remove(); });
  root.walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name: string }).name)) return;
    const keep = rule.selectors.filter((s) => classesIn(s).every((c) => used.has(c)));
    if (keep.length === 0) rule.remove();
    else rule.selectors = keep;
  });
  pruneTokens(root);
  return root.toString();
}

/**
 * Removes the custom properties (design tokens) nothing reads: not a var() of a declaration,
 * followed through the tokens until nothing new comes, nor named in `alsoRead` (scripts).
 */
function pruneTokens(root: Root, alsoRead = '') {
  const refs = (v: string) => [...v.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1]);
  const needed = new Set<string>(alsoRead.match(/--[\w-]+/g) ?? []);
  const custom = new Map<string, string[]>();
  root.walkDecls((d) => {
    if (d.prop.startsWith('--')) custom.set(d.prop, [...(custom.get(d.prop) ?? []), ...refs(d.value)]);
    else refs(d.value).forEach((r) => needed.add(r));
  });
  for (const todo = [...needed]; todo.length; ) {
    for (const r of custom.get(todo.pop()!) ?? []) if (!needed.has(r)) { needed.add(r); todo.push(r); }
  }
  root.walkDecls((d) => { if (d.prop.startsWith('--') && !needed.has(d.prop)) d.remove(); });
  let changed = true;
  while (changed) {
    changed = false;
    root.walk((n) => {
      if ((n.type === 'rule' || n.type === 'atrule') && n.nodes && n.nodes.length === 0) { n.remove(); changed = true; }
    });
  }
}

/**
 * The voorbeeld theme without its tokens that nothing of the app reads (about two thirds of
 * theme.css): not the Utrecht components' CSS, the app's own CSS, nor a script (inline styles).
 * Done on theme.css itself before bundling, so the stylesheet's file name (its hash) follows
 * what is kept.
 */
export function pruneUnreadTokens(): Plugin {
  return {
    name: 'vk-prune-unread-tokens',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('voorbeeld-design-tokens/dist/theme.css')) return null;
      // every token the components' CSS, the app's CSS or a script names counts as read
      const others = readdirSync(web + 'src', { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(css|tsx?)$/.test(f))
        .map((f) => read(`src/${f}`));
      const root = postcss.parse(code);
      pruneTokens(root, [read(SOURCES[0]), ...others].join('\n'));
      return { code: root.toString(), map: null };
    },
  };
}

/** The page's HTML with the shared header and footer, in Dutch, with its <title>. */
export function fillHtml(html: string, page: LightPage): string {
  const nl = catalogue('nl');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const partial = (p: string) => read(p).replace(/^<!--[\s\S]*?-->\s*/, '').trim();
  return Object.entries(PARTS)
    .reduce((out, [name, file]) => out.replace(`<!-- vk:${name} -->`, partial(file)), html)
    .replace(/(<(\w+)\b[^>]*\bdata-t="([\w.]+)"[^>]*>)(<\/\2>)/g, (_, open: string, _tag, id: string, close: string) => `${open}${esc(nl[id] ?? id)}${close}`)
    .replace(/aria-label="" data-t-label="([\w.]+)"/g, (_, id: string) => `aria-label="${esc(nl[id] ?? id)}" data-t-label="${id}"`)
    .replace('<title></title>', `<title>${esc(nl['app.documentTitle'].replace('{page}', nl[page.heading]))}</title>`);
}

/** The page of its own for a request's URL in `npm run dev` ("/inloggen?x" → "/login.html?x"). */
export function devUrl(url: string): string {
  for (const p of PAGES) {
    const m = url.match(new RegExp(`^${p.route}(?:/[^?#]*)?([?#].*)?$`));
    if (m) return `/${p.html}${m[1] ?? ''}`;
  }
  return url;
}

export function lightPages(): Plugin {
  const virtual = /^virtual:([\w]+)-(page\.css|messages)$/;
  return {
    name: 'vk-light-pages',
    resolveId: (id) => (virtual.test(id) && byName(id.match(virtual)![1]) ? `\0${id}` : null),
    load(id) {
      const m = id.startsWith('\0') ? id.slice(1).match(virtual) : null;
      const page = m && byName(m[1]);
      if (!page) return null;
      return m[2] === 'messages' ? messagesModule(page) : pageCss(page);
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => {
        const page = PAGES.find((p) => ctx.filename.endsWith(`/${p.html}`));
        return page ? fillHtml(html, page) : html;
      },
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url) req.url = devUrl(req.url);
        next();
      });
    },
  };
}

/**
 * Lets the bundler leave out the Utrecht components a chunk does not use: their modules assign
 * `X.displayName = '…'` at the top level, a property write the bundler must keep, and with it
 * every component of the barrel (~100 kB brotli on each page's first load). Only those
 * statements go; React DevTools then names the components by their function names.
 * (`treeshake.propertyWriteSideEffects: false` would do this for every module, and broke
 * React: vite.config.ts.)
 */
export function shakeableUtrecht(): Plugin {
  return {
    name: 'vk-shakeable-utrecht',
    apply: 'build',
    transform(code, id) {
      if (!/node_modules\/@utrecht\/[^/]+-react\/dist\/.*\.m?js$/.test(id)) return null;
      return { code: code.replace(/^[A-Za-z_$][\w$]*\.displayName = '[^'\n]*';$/gm, ''), map: null };
    },
  };
}
