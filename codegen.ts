import type { CodegenConfig } from '@graphql-codegen/cli';

/** The generated types follow the schema's own words; both targets use them. */
const typesConfig = {
  enumsAsTypes: true,
  useTypeImports: true,
  nonOptionalTypename: false,
  skipTypename: false,
  avoidOptionals: { field: true, inputValue: false },
  defaultScalarType: 'unknown',
  scalars: { DateTime: 'string', Fen: 'string' },
};

/**
 * Typed operations for apps/web and for the API's tests over HTTP, generated from the committed
 * schema and committed to git.
 * CI re-runs this and fails on a diff, so the output must depend only on the schema and documents.
 */
const config: CodegenConfig = {
  schema: 'docs/schema.graphql',
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: typesConfig,
    },
    // The API tests are Node ESM (NodeNext): the generated files import each other with `.js`.
    'apps/api/test/gql/': {
      documents: ['apps/api/test/operations/**/*.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { ...typesConfig, emitLegacyCommonJSImports: false },
    },
  },
};

export default config;
