import pg from 'pg';

export default async function teardown() {
  const state = globalThis.__SUANLI_DB__;
  if (!state) return;
  await state.db.close();
  if (state.name) {
    const admin = new pg.Client({ connectionString: state.base });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${state.name} WITH (FORCE)`);
    await admin.end();
  }
}
