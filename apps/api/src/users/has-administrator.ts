import type { DataSource } from 'typeorm';

/** Whether a deployment can be administered at all (a fresh production one cannot, until create-admin). */
export async function hasAdministrator(dataSource: DataSource): Promise<boolean> {
  const rows: unknown[] = await dataSource.query(`SELECT 1 FROM users WHERE role = 'ADMIN' LIMIT 1`);
  return rows.length > 0;
}
