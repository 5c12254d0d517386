import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Connection } from './connection.js';
import { decodeCursor, encodeCursor } from './keyset-cursor.js';
import { pageOf } from './page-of.js';

/**
 * Keyset pagination over (created_at, id) ascending. Fetches one extra row to learn whether
 * another page exists; the total and hasPreviousPage are queried lazily, only if the client asks.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
): Promise<Connection<T>> {
  const alias = query.alias;
  const countQuery = query.clone();
  const earlierQuery = query.clone();
  const position = args.after ? decodeCursor(args.after) : null;
  if (position) {
    earlierQuery.andWhere(`(${alias}.created_at, ${alias}.id) <= (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: position.createdAt,
      afterId: position.id,
    });
    query.andWhere(`(${alias}.created_at, ${alias}.id) > (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: position.createdAt,
      afterId: position.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, 'ASC')
    .addOrderBy(`${alias}.id`, 'ASC')
    .take(args.first + 1)
    .getMany();
  return {
    ...pageOf(rows, args.first, encodeCursor, async () => position !== null && earlierQuery.getExists()),
    get totalCount() {
      return countQuery.getCount();
    },
  };
}
