/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { lightPages, PAGES, PAGES_SHARED, pruneUnreadTokens, shakeableUtrecht } from './scripts/light-pages';

// The C++ server serves web/dist in production; during `npm run dev` the API is proxied to a
// locally running `vakkompas serve` (VK_API, default http://127.0.0.1:8080).
const api = process.env.VK_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), lightPages(), shakeableUtrecht(), pruneUnreadTokens()],
  server: {
    proxy: { '/api': { target: api, changeOrigin: false } },
    // under Vitest only: audit/actions.test.ts reads the server's sources for its audit actions
    ...(process.env.VITEST ? { fs: { allow: ['.', '../server/src'] } } : {}),
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // the guest's join page and the log-in page are entries of their own (docs/adr/0012-first-load.md)
    rollupOptions: {
      input: Object.fromEntries([['index', 'index.html'], ...PAGES.map((p) => [p.name, p.html])].map(([name, html]) => [name, fileURLToPath(new URL(html, import.meta.url))])),
      // the small modules those pages share with each other and the app in one chunk, not one
      // each: every file more is a request, and a phone's browser makes six at a time
      output: { codeSplitting: { groups: [{ name: 'pages', test: PAGES_SHARED }] } },
    },
    // No `treeshake.propertyWriteSideEffects: false` (suggested in the shared recipes to shake the
    // Utrecht barrel, +188 kB): it let the bundler drop React's writes of `type` and `name` on
    // inputs rendered after the first render, so password fields showed their text and
    // checkboxes became text boxes. The e2e journeys check those attributes.
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // a test may wait 15 s for one step (asyncUtilTimeout in setup.ts) and has several steps; on
    // a loaded machine the first render of a page with its imports takes seconds
    testTimeout: 60_000,
  },
});
