import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The viewer is a static app: `vite build` writes viewer/dist, which
 * `graphwire view` serves under a strict CSP (no inline script), so the
 * modulepreload polyfill, which would be inlined, is off.
 */
export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    sourcemap: false,
  },
});
