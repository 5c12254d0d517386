// Plain ESM on purpose: Jest loads global setup outside its module system, so this imports the
// compiled API (the test script builds it first) instead of TypeScript sources.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadConfig } from '../dist/config/app-config.js';
import { openDatabase } from '../dist/database/open-database.js';
import { DATA_MODEL } from '../dist/features.js';

/**
 * Migrates one fresh database for the whole integration run: a new database on DATABASE_URL's
 * server, or the embedded PostgreSQL, kept alive here and reached by the tests over its socket.
 */
export default async function setup() {
  const base = process.env.DATABASE_URL;
  let url = null;
  let name = null;
  if (base) {
    name = `suanli_it_${Date.now()}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'suanli-it-'));
  const config = { ...loadConfig({ ...process.env, SUANLI_DATA_DIR: dataDir }), databaseUrl: url, dbPoolSize: 12 };
  const db = await openDatabase(config, { model: DATA_MODEL });
  globalThis.__SUANLI_DB__ = { db, base, name };
  process.env.SUANLI_TEST_DATABASE_URL = url ?? db.embedded.url;
  process.env.SUANLI_TEST_EMBEDDED = url ? '' : '1';
}
