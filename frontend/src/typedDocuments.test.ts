import { describe, expect, it } from 'vitest';
import { typedDocuments } from '../vite.config';

type Transform = (code: string, id: string) => { code: string } | null;

describe('the typed-documents build step', () => {
  const transform = typedDocuments({ known: () => true }).transform as unknown as Transform;

  it('replaces each graphql() call by its generated document', () => {
    const code = "import { graphql } from '../gql';\nexport const A = graphql(`\n  query MyData($x: Int) { me { id } }\n`);\nexport const F = graphql(`\n  fragment ConsentFields on Consent { id }\n`);\n";
    const out = transform(code, '/repo/frontend/src/account/queries.ts');
    expect(out?.code).toContain('export const A = __typedDocuments.MyDataDocument;');
    expect(out?.code).toContain('export const F = __typedDocuments.ConsentFieldsFragmentDoc;');
    expect(out?.code).toMatch(/^import \* as __typedDocuments from ".*src\/gql\/graphql\.ts";/);
  });

  it('refuses an operation that codegen has not seen', () => {
    const stale = typedDocuments({ known: () => false }).transform as unknown as Transform;
    expect(() => stale('graphql(`query Old { a }`)', '/repo/frontend/src/q.ts')).toThrow(/npm run codegen/);
    // The real check finds the operations the SPA uses.
    const real = typedDocuments().transform as unknown as Transform;
    const me = '\n  query Me {\n    me {\n      id\n      email\n      displayName\n      role\n      mustReviewPolicy\n      organisation {\n        id\n        name\n      }\n    }\n  }\n';
    expect(real(`graphql(\`${me}\`)`, '/repo/frontend/src/queries.ts')?.code).toContain('__typedDocuments.MeDocument');
  });

  it('leaves other files alone', () => {
    expect(transform('const x = 1;', '/repo/frontend/src/ui.tsx')).toBeNull();
    expect(transform('graphql(`query X { a }`)', '/repo/frontend/src/x.test.ts')).toBeNull();
    expect(transform('graphql(`query X { a }`)', '/repo/frontend/src/gql/gql.ts')).toBeNull();
  });
});
