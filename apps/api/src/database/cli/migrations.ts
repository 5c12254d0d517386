/**
 * Migration commands without the TypeORM CLI's loader quirks under ESM:
 *   run            apply pending migrations
 *   generate NAME [FEATURE]  write a migration for the difference between the entities and the database
 *                  (into src/FEATURE/migrations/ when FEATURE is given; list its index in the manifest)
 *   check          exit 1 if the entities differ from the migrated database (CI's staleness check)
 * Uses DATABASE_URL, or the embedded database when unset.
 */
import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { openDatabase } from '../open-database.js';
// An entry point, like main.ts: it may know the app's feature list.
import { DATA_MODEL } from '../../features.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../src');

const EMPTY_INDEX = `/** Migrations in the order they run. New ones are written here by \`migrations.js generate NAME FEATURE\`. */
import type { MigrationInterface } from 'typeorm';
export const MIGRATIONS: (new () => MigrationInterface)[] = [];
`;

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(): Promise<void> {
  const [command, name, feature] = process.argv.slice(2);
  const db = await openDatabase(loadConfig(), { model: DATA_MODEL, migrate: true });
  try {
    if (command === 'run') {
      console.log('migrations are up to date');
      return;
    }
    const sql = await db.dataSource.driver.createSchemaBuilder().log();
    if (command === 'check') {
      if (sql.upQueries.length > 0) {
        console.error('Entities changed without a migration. Pending SQL:');
        for (const q of sql.upQueries) console.error(`  ${q.query}`);
        process.exitCode = 1;
      } else console.log('no pending schema changes');
      return;
    }
    if (command === 'generate') {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: generate PascalCaseName [feature-folder]');
      if (sql.upQueries.length === 0) {
        console.log('no changes; nothing written');
        return;
      }
      if (feature !== undefined && !/^[a-z][a-z0-9-]*$/.test(feature)) throw new Error('usage: generate PascalCaseName [feature-folder]');
      const folder = feature ? `${feature}/migrations` : 'database/migrations';
      const SOURCE_DIR = join(SRC, folder);
      mkdirSync(SOURCE_DIR, { recursive: true });
      const className = `${name}${Date.now()}`;
      const file = `${Date.now()}-${name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()}`;
      writeFileSync(
        join(SOURCE_DIR, `${file}.ts`),
        migrationSource(className, sql.upQueries.map((q) => q.query), sql.downQueries.map((q) => q.query).reverse()),
      );
      const indexPath = join(SOURCE_DIR, 'index.ts');
      const index = (existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : EMPTY_INDEX)
        .replace(/(export const MIGRATIONS)/, `import { ${className} } from './${file}.js';\n$1`)
        .replace(/\[([^\]]*)\];/, (_m, list: string) => `[${[...list.split(',').map((s) => s.trim()).filter(Boolean), className].join(', ')}];`);
      writeFileSync(indexPath, index);
      console.log(`wrote src/${folder}/${file}.ts`);
      if (feature) console.log(`list it in the manifest once: migrations: MIGRATIONS from './migrations/index.js'`);
      return;
    }
    throw new Error(`unknown command "${command}"; use run, generate NAME or check`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
