import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const web = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Writes `<asset>.gz` beside each script, style sheet and font: the server sends it to browsers. */
function precompress(): Plugin {
  return {
    name: 'ilo-graph:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        if (!/\.(js|css|ttf|svg|json)$/.test(file)) continue;
        const path = join(options.dir!, file);
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }));
      }
    },
  };
}

/**
 * The web pages, one folder per page, built into web/dist (never committed): the server serves
 * `graphiql/index.html` at GET /graphql, `explore/index.html` under /explore, and every asset
 * under /assets with a content-hashed name. Nothing is fetched from anywhere else at run time:
 * GraphiQL's CSS, fonts and editor workers are bundled here.
 *
 * `npm run dev:web` serves the same pages with hot reload on http://localhost:5173, sending API
 * calls to the server on port 4000 (`npm start`).
 */
export default defineConfig({
  root: web('.'),
  base: '/',
  plugins: [react(), precompress()],
  build: {
    outDir: web('dist'),
    emptyOutDir: true,
    assetsDir: 'assets',
    // The server sends no source maps to browsers; the budget test measures what a page loads.
    sourcemap: false,
    // GraphiQL's editor (Monaco) is one large chunk by design; its page has its own budget.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's packages mark modules "use no memo" (React Compiler): harmless once bundled.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        graphiql: web('graphiql/index.html'),
        explore: web('explore/index.html'),
      },
    },
  },
  worker: { format: 'es' },
  server: {
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
