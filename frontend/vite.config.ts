/// <reference types="vitest/config" />
import { readFileSync, writeFileSync } from 'node:fs';
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

// `graphql(\`query X ...\`)` in the SPA's sources looks its typed document up at
// run time in a map of every operation's text (src/gql/gql.ts), which would put
// each operation in the bundle twice and every operation in the first chunk.
// The client preset's Babel plugin is the usual cure; this is the same idea
// without Babel: each call becomes a reference to the generated document
// (`XDocument`, `YFragmentDoc` in src/gql/graphql.ts), so the map is never
// imported and only the documents the code uses are bundled.
const generatedDocuments = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));
const generatedMap = fileURLToPath(new URL('./src/gql/gql.ts', import.meta.url));

/** Whether `npm run codegen` has seen this exact operation text (its map in gql.ts is keyed by it). */
function generatedFor(doc: string): boolean {
  return readFileSync(generatedMap, 'utf8').includes(JSON.stringify(doc));
}

export function typedDocuments({ known = generatedFor }: { known?: (doc: string) => boolean } = {}): Plugin {
  return {
    name: 'graphql-typed-documents',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (!/\.tsx?$/.test(file) || /\.test\.tsx?$/.test(file) || file.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      let replaced = 0;
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (whole, doc: string) => {
        const m = /\b(query|mutation|subscription|fragment)\s+([A-Za-z_]\w*)/.exec(doc);
        if (!m) return whole;
        // The generated document is looked up by name: an edited operation whose types were not
        // regenerated would silently send the old text.
        if (!known(doc)) throw new Error(`${file}: the operation ${m[2]} has changed since the last \`npm run codegen\`; run it.`);
        replaced++;
        return `__typedDocuments.${m[2]}${m[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
      });
      if (replaced === 0) return null;
      return { code: `import * as __typedDocuments from ${JSON.stringify(generatedDocuments)};\n${out}`, map: null };
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
  plugins: [typedDocuments(), react(), keepDistPlaceholder()],
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
