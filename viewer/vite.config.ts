// Builds the viewer page into viewer/dist (served by `kg serve`). No inline script or
// style may end up in index.html: the server's Content-Security-Policy forbids them.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Vite's modulepreload polyfill is harmless, but keep every asset a file (no data: inlining of scripts).
    assetsInlineLimit: 0,
  },
});
