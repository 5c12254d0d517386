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

/**
 * An entity from a raw `RETURNING *` row, through the entity's own column mapping (the driver
 * has already turned timestamps into Dates and jsonb into objects), saving a read-back.
 */
export function entityFromRow<T extends object>(manager: Pick<EntityManager, 'connection'>, target: new () => T, row: Record<string, unknown>): T {
  const metadata = manager.connection.getMetadata(target);
  const values: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    // Foreign keys declared as their own @Column (clusterId…) have relation metadata too: keep
    // them; skip only the virtual columns a relation adds without a property of its own.
    if (column.isVirtual || !(column.databaseName in row)) continue;
    values[column.propertyName] = row[column.databaseName];
  }
  return manager.connection.manager.create(target, values as T);
}
