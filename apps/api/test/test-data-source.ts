import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { DATA_MODEL } from '../src/features.js';

/** A connection to the database the integration global setup migrated. */
export async function connectTestDataSource(): Promise<DataSource> {
  const url = process.env.SUANLI_TEST_DATABASE_URL;
  if (!url) throw new Error('integration tests need the global setup (jest --config apps/api/jest.integration.config.js)');
  // One connection on the embedded database (see open-database.ts); a real pool on PostgreSQL.
  const dataSource = new DataSource({ ...dataSourceOptions(url, DATA_MODEL, isEmbedded() ? 1 : 8), migrations: [], logging: false });
  return dataSource.initialize();
}

export const isEmbedded = () => process.env.SUANLI_TEST_EMBEDDED === '1';
