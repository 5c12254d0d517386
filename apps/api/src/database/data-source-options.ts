import type { DataSourceOptions } from 'typeorm';
import { StatementCountingLogger } from '../common/observability/sql-statement-counter.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
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
