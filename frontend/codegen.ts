import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the repository root: `npm run codegen` runs there.
// The schema is the one the Go server serves (gqlgen reads the same files),
// so a schema change that breaks the SPA shows up as a type error.
const config: CodegenConfig = {
  schema: ['graph/ent.graphql', 'graph/*.graphqls'],
  documents: ['frontend/src/**/*.{ts,tsx}', '!frontend/src/gql/**'],
  generates: {
    'frontend/src/gql/': {
      preset: 'client',
      presetConfig: {
        // No fragments are passed between components, so masking would only add noise.
        fragmentMasking: false,
      },
      config: {
        // Documents become plain strings (TypedDocumentString), so the SPA bundle
        // needs no `graphql` runtime to print an AST before sending it.
        documentMode: 'string',
        // String unions instead of TS enums: nothing to ship at runtime.
        enumsAsTypes: true,
        useTypeImports: true,
        // Unknown custom scalars (Time, Cursor, ...) arrive as JSON strings.
        defaultScalarType: 'unknown',
      },
    },
  },
  // CI regenerates and runs `git diff --exit-code`: fail loudly instead of
  // writing a partial output when a document no longer matches the schema.
  ignoreNoDocuments: false,
};

export default config;
