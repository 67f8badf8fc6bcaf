/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The C++ server serves web/dist in production; during `npm run dev` the API is proxied to a
// locally running `vakkompas serve` (VK_API, default http://127.0.0.1:8080).
const api = process.env.VK_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    rolldownOptions: {
      // The Utrecht barrel import is not tree-shaken otherwise (+188 kB); see recipes.md.
      // The e2e journeys are the guard that rendering stays identical.
      treeshake: { propertyWriteSideEffects: false },
      // ...but the minifier must not take the same liberty: with it, Oxc's compressor drops
      // writes such as react-router's `parsedPath.pathname = path` and every link points to
      // "/" (found by the e2e journeys). Property writes stay side effects when minifying.
      output: {
        minify: { compress: { treeshake: { propertyWriteSideEffects: true } }, mangle: true, codegen: true },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
