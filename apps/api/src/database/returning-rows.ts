import type { EntityManager } from 'typeorm';

/**
 * TypeORM's postgres driver answers UPDATE/DELETE … RETURNING with [rows, affectedCount] but
 * SELECT and INSERT with the rows alone; this always gives the rows.
 */
export async function returningRows<T>(manager: Pick<EntityManager, 'query'>, sql: string, parameters: unknown[]): Promise<T[]> {
  const result: unknown = await manager.query(sql, parameters);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
