import type { DataSourceOptions } from 'typeorm';
import { StatementCountingLogger } from '../common/observability/sql-statement-counter.js';
import { MIGRATIONS } from './migrations/index.js';

/** The entities come from the caller (the app's feature list): database/ knows no feature. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM takes entity classes of any constructor shape
export function dataSourceOptions(url: string, entities: Function[], poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
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
