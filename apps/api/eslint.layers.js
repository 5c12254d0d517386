/**
 * The API's layering (docs/adding-a-feature.md): infrastructure (common/, config/, database/)
 * imports no feature; a folder imports a feature only through its index.ts; no import cycles.
 * Feature folders are found by their `<name>.feature.ts` manifest, so a new feature is covered
 * without editing this file.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

const API = dirname(fileURLToPath(import.meta.url));
const SRC = join(API, 'src');

const folders = readdirSync(SRC).filter((name) => statSync(join(SRC, name)).isDirectory());
export const API_FEATURES = folders.filter((name) => existsSync(join(SRC, name, `${name}.feature.ts`)));

const INFRASTRUCTURE = [join(SRC, 'common'), join(SRC, 'config'), join(SRC, 'database/*.ts'), join(SRC, 'database/migrations')];

export const apiLayers = [
  {
    files: ['apps/api/src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // The plugin's TypeScript settings (extensions, parsers) so no-cycle follows .ts files too.
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver': undefined,
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(API, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: INFRASTRUCTURE,
              from: API_FEATURES.map((name) => join(SRC, name)),
              message: 'Infrastructure imports no feature: declare an interface here and let the feature provide it.',
            },
            {
              target: INFRASTRUCTURE,
              from: [join(SRC, '*.ts')],
              message: 'Infrastructure imports no app-level file (they know every feature).',
            },
            ...API_FEATURES.map((name) => ({
              target: [...folders.filter((other) => other !== name).map((other) => join(SRC, other)), join(SRC, '*.ts')],
              from: join(SRC, name),
              except: ['./index.ts'],
              message: `Import the ${name} feature through its public ${name}/index.ts.`,
            })),
          ],
        },
      ],
    },
  },
];
