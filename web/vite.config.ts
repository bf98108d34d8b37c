/**
 * The web front end (one SPA for every desk): built to web/dist, served by the API at `/`.
 * JSX is compiled by Vite's own transformer (automatic runtime); no React plugin is needed for a
 * production build. Desks are lazy routes, so the first load carries only the shell.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
