import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** Libraries that must stay pure: no framework, ORM, UI or GraphQL client. */
const FRAMEWORK_IMPORTS = ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-dom', '@apollo/*', 'antd', 'fastify', 'mercurius'];

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', 'apps/web/src/gql/**', 'tmp/**'] },
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
    files: ['libs/domain/**/*.ts', 'libs/allocation/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: FRAMEWORK_IMPORTS, message: 'libs/domain and libs/allocation are pure TypeScript.' }] },
      ],
    },
  },
  {
    // API tests read untyped GraphQL responses; typing every probe would add noise, not safety.
    files: ['apps/api/e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
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
];
