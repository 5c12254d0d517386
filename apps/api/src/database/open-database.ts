import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions, type DataModel } from './data-source-options.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

export interface OpenDatabase {
  dataSource: DataSource;
  embedded: EmbeddedPostgres | null;
  close(): Promise<void>;
}

/** Opens `DATABASE_URL`, or the embedded PostgreSQL when it is unset, and runs pending migrations. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'dbPoolSize'>,
  options: { model: DataModel; migrate?: boolean; waitForEmbeddedLock?: boolean },
): Promise<OpenDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.dbPoolSize + 4, { waitForLock: options.waitForEmbeddedLock });
  // PGlite is one PostgreSQL session behind every socket connection: two connections' unnamed
  // prepared statements would overwrite each other ("bind message supplies 1 parameters…"), so
  // the embedded database gets exactly one connection and queries queue in the pool instead.
  const poolSize = embedded ? 1 : config.dbPoolSize;
  const dataSource = new DataSource(dataSourceOptions(embedded?.url ?? config.databaseUrl!, options.model, poolSize));
  await dataSource.initialize();
  if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  return {
    dataSource,
    embedded,
    async close() {
      await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
