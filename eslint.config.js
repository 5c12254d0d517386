import graphql from '@graphql-eslint/eslint-plugin';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { apiLayers } from './apps/api/eslint.layers.js';

/** Libraries that must stay pure: no framework, ORM, UI or GraphQL client. */
const FRAMEWORK_IMPORTS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*', 'antd', 'fastify', 'mercurius'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', 'apps/web/src/gql/**', 'apps/api/test/gql/**', 'apps/web-e2e/src/gql/**', 'tmp/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:domain', 'type:util', 'type:feature'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // strict null checks stay on; `!` marks values a preceding check or a NOT NULL column guarantees.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['libs/domain/**/*.ts', 'libs/allocation/**/*.ts', 'libs/matching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FRAMEWORK_IMPORTS, message: 'libs/domain, libs/allocation and libs/matching are pure TypeScript.' }] },
      ],
    },
  },
  {
    // libs/matching: same input, same suggestions — no I/O, clock or randomness outside its tests.
    files: ['libs/matching/src/**/*.ts'],
    ignores: ['libs/matching/src/**/__tests__/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: FRAMEWORK_IMPORTS, message: 'libs/domain, libs/allocation and libs/matching are pure TypeScript.' },
            { group: ['node:*', 'fs', 'path', 'os'], message: 'libs/matching does no I/O: the API reads and writes, the library computes.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'libs/matching reads no clock: pass times in.' },
        { object: 'Math', property: 'random', message: 'libs/matching is deterministic: same input, same suggestions.' },
      ],
      'no-restricted-globals': ['error', { name: 'process', message: 'libs/matching reads no environment.' }],
    },
  },
  {
    // API tests read untyped GraphQL responses; typing every probe would add noise, not safety.
    files: ['apps/api/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The committed schema is the integrators' documentation: every element described, Relay
    // connections, and the names the schema already follows. `api:lint` includes this file.
    files: ['docs/schema.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'docs/schema.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
          // The code-first builder gives the root types no description; their fields have one.
          ignoredSelectors: ['[type=ObjectTypeDefinition][name.value=/^(Query|Mutation|Subscription)$/]'],
        },
      ],
      '@graphql-eslint/description-style': ['error', { style: 'block' }],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-connection-types': 'error',
      // No Node interface (ids are per type), and plain lists stay for short bounded sets.
      '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false }],
      // Forward pagination only (first/after) over keyset cursors: docs/adr/0009.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          Argument: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
          'FieldDefinition[parent.name.value=Query]': { forbiddenPrefixes: ['query', 'get'], forbiddenSuffixes: ['Query'] },
          'FieldDefinition[parent.name.value=Mutation]': { forbiddenPrefixes: ['mutation'], forbiddenSuffixes: ['Mutation'] },
          'FieldDefinition[parent.name.value=Subscription]': { forbiddenPrefixes: ['subscription'], forbiddenSuffixes: ['Subscription'] },
          EnumTypeDefinition: { forbiddenSuffixes: ['Enum'] },
          ObjectTypeDefinition: { forbiddenSuffixes: ['Type'] },
          InputObjectTypeDefinition: { requiredSuffixes: ['Input'] },
        },
      ],
      '@graphql-eslint/no-hashtag-description': 'error',
      '@graphql-eslint/no-typename-prefix': 'error',
      '@graphql-eslint/no-unreachable-types': 'error',
      '@graphql-eslint/unique-enum-value-names': 'error',
      '@graphql-eslint/require-deprecation-reason': 'error',
    },
  },
  {
    // A query name as a string refetches nothing once the query is renamed, and nothing says so.
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='refetchQueries'] Literal, JSXAttribute[name.name='refetchQueries'] Literal",
          message: 'Refetch by the typed document (e.g. [MyAllocationsQuery]), not by the query name as a string.',
        },
      ],
    },
  },
  ...apiLayers,
];
