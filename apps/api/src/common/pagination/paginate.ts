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
  options: { newestFirst?: boolean } = {},
): Promise<Connection<T>> {
  const alias = query.alias;
  // Newest first walks the same keyset backwards: every comparison and the order flip.
  const [after, upTo, order] = options.newestFirst ? (['<', '>=', 'DESC'] as const) : (['>', '<=', 'ASC'] as const);
  const countQuery = query.clone();
  const earlierQuery = query.clone();
  const position = args.after ? decodeCursor(args.after) : null;
  if (position) {
    earlierQuery.andWhere(`(${alias}.created_at, ${alias}.id) ${upTo} (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: position.createdAt,
      afterId: position.id,
    });
    query.andWhere(`(${alias}.created_at, ${alias}.id) ${after} (:afterCreatedAt, :afterId)`, {
      afterCreatedAt: position.createdAt,
      afterId: position.id,
    });
  }
  const rows = await query
    .orderBy(`${alias}.created_at`, order)
    .addOrderBy(`${alias}.id`, order)
    .take(args.first + 1)
    .getMany();
  return {
    ...pageOf(rows, args.first, encodeCursor, async () => position !== null && earlierQuery.getExists()),
    get totalCount() {
      return countQuery.getCount();
    },
  };
}
