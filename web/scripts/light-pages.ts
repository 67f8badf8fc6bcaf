// Builds the guest's join page (join.html, src/join/main.ts; docs/adr/0012-first-load.md):
// - `virtual:join-page.css`: only the rules of the Utrecht components, the voorbeeld theme and the
//   app's own CSS whose classes the page uses, and only the design tokens those rules read, so
//   that the page's stylesheet is a few kB instead of the app's 500;
// - `virtual:join-messages`: only the messages the page uses, in both languages;
// - the Dutch text of join.html's data-t elements and its <title>, filled in at build time;
// - in `npm run dev`, /live/join answered with join.html, as the C++ server does.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postcss, { type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';

const web = fileURLToPath(new URL('..', import.meta.url));
const read = (p: string) => readFileSync(web + p, 'utf8');
const CSS_ID = 'virtual:join-page.css';
const MSG_ID = 'virtual:join-messages';
const SOURCES = [
  'node_modules/@utrecht/component-library-css/dist/index.css',
  'node_modules/@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css',
  'src/app/app.css',
  'src/features/live/live.css',
];
const PAGE = ['join.html', 'src/join/main.ts'];

type Catalogue = Record<string, string>;
const catalogue = (l: string): Catalogue => JSON.parse(read(`src/i18n/${l}.json`));

/** The catalogue ids the page names (data-t, quoted ids in the script) and every error message. */
function usedIds(nl: Catalogue): string[] {
  const text = PAGE.map(read).join('\n');
  const named = [...text.matchAll(/["']([a-z][\w]*(?:\.[\w]+)+)["']/gi)].map((m) => m[1]);
  return Object.keys(nl).filter((id) => named.includes(id) || id.startsWith('error.'));
}

function messagesModule(): string {
  const nl = catalogue('nl');
  const en = catalogue('en');
  const ids = usedIds(nl);
  const pick = (c: Catalogue) => Object.fromEntries(ids.map((id) => [id, c[id] ?? nl[id]]));
  return `export default ${JSON.stringify({ nl: pick(nl), en: pick(en) })};`;
}

const classesIn = (selector: string) =>
  [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]);

/** The page's stylesheet: the rules whose classes all occur on the page, and the tokens they read. */
export function joinPageCss(): string {
  const used = new Set(PAGE.flatMap((p) => [...read(p).matchAll(/\b(?:utrecht|vk|voorbeeld)-[\w-]+/g)].map((m) => m[0])));
  const root = postcss.parse(SOURCES.map(read).join('\n'));
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

function fillHtml(html: string): string {
  const nl = catalogue('nl');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const heading = nl['live.joinTitle'];
  return html
    .replace(/(<(\w+)\b[^>]*\bdata-t="([\w.]+)"[^>]*>)(<\/\2>)/g, (_, open: string, _tag, id: string, close: string) => `${open}${esc(nl[id] ?? id)}${close}`)
    .replace(/aria-label="" data-t-label="([\w.]+)"/g, (_, id: string) => `aria-label="${esc(nl[id] ?? id)}" data-t-label="${id}"`)
    .replace('<title></title>', `<title>${esc(nl['app.documentTitle'].replace('{page}', heading))}</title>`);
}

export function joinPage(): Plugin {
  return {
    name: 'vk-join-page',
    resolveId: (id) => (id === CSS_ID || id === MSG_ID ? `\0${id}` : null),
    load: (id) => (id === `\0${CSS_ID}` ? joinPageCss() : id === `\0${MSG_ID}` ? messagesModule() : null),
    transformIndexHtml: {
      order: 'pre',
      handler: (html, ctx) => (ctx.filename.endsWith('join.html') ? fillHtml(html) : html),
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url && /^\/live\/join(?:[/?]|$)/.test(req.url)) req.url = `/join.html${req.url.slice('/live/join'.length).replace(/^\/[^?]*/, '')}`;
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
