import type { DataSourceOptions, MigrationInterface } from 'typeorm';
import { StatementCountingLogger } from '../common/observability/sql-statement-counter.js';
import { MIGRATIONS } from './migrations/index.js';

/** What the features bring to the database; it comes from the caller (the app's feature list): database/ knows no feature. */
export interface DataModel {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes of any constructor shape
  entities: Function[];
  /** Migrations kept in feature folders, run with the shared history in timestamp order. */
  migrations: (new () => MigrationInterface)[];
}

export function dataSourceOptions(url: string, model: DataModel, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: model.entities,
    migrations: [...MIGRATIONS, ...model.migrations],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    ...(process.env.SUANLI_SQL_COUNT === '1' ? { logger: new StatementCountingLogger(['error']) } : {}),
    poolSize,
    // gen_random_uuid() is core since PostgreSQL 13; no extension to install (PGlite has none of uuid-ossp).
    uuidExtension: 'pgcrypto',
    installExtensions: false,
  };
}
