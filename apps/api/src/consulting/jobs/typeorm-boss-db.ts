import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * pg-boss's database wrapper over TypeORM. Given a transaction's EntityManager, pg-boss writes
 * the job through that transaction (it exists only if the business change commits). Given the
 * DataSource, pg-boss shares the app's pool: on the embedded database that pool is the one
 * connection PGlite can serve, so pg-boss needs no second connection there.
 */
export function bossDb(source: DataSource | EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const manager = 'manager' in source && !('connection' in source) ? (source as DataSource).manager : (source as EntityManager);
      const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
      try {
        const result = await runner.query(text, values, true);
        return { rows: (result.records ?? []) as unknown[] };
      } finally {
        if (!manager.queryRunner) await runner.release();
      }
    },
  };
}
