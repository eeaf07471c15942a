/**
 * Builds the browser application into web/dist. The server serves that folder at `/` next to
 * the API (src/server/static.ts); in development `vite --config web/vite.config.ts` proxies
 * `/api` to a server started with `npm start` on port 8080.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = new URL('.', import.meta.url).pathname;

export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/web-bundle-size.mjs find what the dashboard route loads first.
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
    // The shared formatting modules live in ../src/domain.
    fs: { allow: ['..'] },
  },
});
