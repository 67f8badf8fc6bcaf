/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { joinPage, pruneUnreadTokens, shakeableUtrecht } from './scripts/join-page';

// The C++ server serves web/dist in production; during `npm run dev` the API is proxied to a
// locally running `vakkompas serve` (VK_API, default http://127.0.0.1:8080).
const api = process.env.VK_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react(), joinPage(), shakeableUtrecht(), pruneUnreadTokens()],
  server: {
    proxy: { '/api': { target: api, changeOrigin: false } },
    // under Vitest only: audit/actions.test.ts reads the server's sources for its audit actions
    ...(process.env.VITEST ? { fs: { allow: ['.', '../server/src'] } } : {}),
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // the guest's join page is an entry of its own (docs/adr/0012-first-load.md)
    rollupOptions: {
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), join: fileURLToPath(new URL('join.html', import.meta.url)) },
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
    // a test may wait 5 s for the page (asyncUtilTimeout in setup.ts); on a loaded machine the
    // first render of a page with its imports takes seconds, more than the default 5 s per test
    testTimeout: 20_000,
  },
});
