import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The dashboard and the GraphQL explorer, bundled with everything they load (fonts, map data, editor
 * workers) so that they work with no internet. The server serves the output from dist/web.
 */
export default defineConfig({
  root,
  base: '/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Monaco (GraphiQL's editor) is large by nature; it is loaded only by the explorer page.
    chunkSizeWarningLimit: 6000,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        dashboard: fileURLToPath(new URL('index.html', import.meta.url)),
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
      },
      // GraphiQL's UI libraries mark their modules "use client" for server rendering; meaningless here.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  worker: { format: 'es' },
});
