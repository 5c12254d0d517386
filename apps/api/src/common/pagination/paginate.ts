import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Connection } from './connection.js';
import { decodeCursor, encodeCursor } from './keyset-cursor.js';

/**
 * Keyset pagination over (created_at, id) ascending. Fetches one extra row to learn whether
 * another page exists; the total is counted lazily, only if the client asks for it.
 */
export async function paginate<T extends ObjectLiteral & { createdAt: Date; id: string }>(
  query: SelectQueryBuilder<T>,
  args: { first: number; after?: string | null },
): Promise<Connection<T>> {
  const alias = query.alias;
  const countQuery = query.clone();
  if (args.after) {
    const position = decodeCursor(args.after);
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
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > args.first, endCursor: edges.at(-1)?.cursor ?? null },
    get totalCount() {
      return countQuery.getCount();
    },
  };
}
