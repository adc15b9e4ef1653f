/// <reference types="vitest/config" />
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

// `emptyOutDir` also deletes dist/.keep, the committed placeholder that lets
// `//go:embed all:dist` compile on a fresh clone. Put it back after each build.
function keepDistPlaceholder(): Plugin {
  return {
    name: 'keep-dist-placeholder',
    apply: 'build',
    closeBundle() {
      writeFileSync(`${outDir}/.keep`, '');
    },
  };
}

// Where `npm run dev` forwards API and auth calls: a locally running Go server.
const backend = process.env.PORTAL_BACKEND_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root,
  base: '/',
  // Keep Vite's and Vitest's caches in the root node_modules, which .gitignore covers.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite', import.meta.url)),
  plugins: [react(), keepDistPlaceholder()],
  build: {
    outDir,
    emptyOutDir: true,
    // The Go server serves these files itself; no source maps in the binary.
    sourcemap: false,
    // GraphiQL (staff-only, loaded on /playground) is ~800 kB on its own; the
    // learner-facing entry stays tiny, so only warn well above GraphiQL's size.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      onLog(level, log, handler) {
        // react-compiler-runtime (via GraphiQL) starts with "use no memo", which
        // only matters to the React compiler; bundling it away is harmless.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        playground: fileURLToPath(new URL('./playground.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/graphql': backend,
      '/auth': backend,
      '/dev-idp': backend,
    },
  },
  test: {
    root,
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
