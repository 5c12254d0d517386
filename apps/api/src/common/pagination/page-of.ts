import type { PageInfo } from '../graphql/page-info.model.js';
import type { Connection, Edge } from './connection.js';

/**
 * Shapes one forward page from rows fetched with one row beyond `first` (that extra row says
 * whether another page follows). `hasPreviousPage` runs only if a client reads it.
 */
export function pageOf<T>(
  rows: readonly T[],
  first: number,
  cursorOf: (node: T, index: number) => string,
  hasPreviousPage: () => boolean | Promise<boolean>,
): { edges: Edge<T>[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map((node, index) => ({ cursor: cursorOf(node, index), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
      get hasPreviousPage() {
        return hasPreviousPage();
      },
    },
  };
}

const offsetCursor = (index: number) => Buffer.from(String(index)).toString('base64url');

/** The row index an offset cursor names, or null for a cursor this API did not issue. */
function offsetOf(cursor: string): number | null {
  const index = Number(Buffer.from(cursor, 'base64url').toString());
  return Number.isInteger(index) && index >= 0 ? index : null;
}

/**
 * A connection over a short list already in memory; cursors are row positions. An unreadable
 * cursor starts from the top, as this list always did.
 */
export function connectionOfList<T>(all: readonly T[], args: { first: number; after?: string | null }): Connection<T> {
  const after = args.after ? offsetOf(args.after) : null;
  const start = after === null ? 0 : after + 1;
  const rows = all.slice(start, start + args.first + 1);
  const page = pageOf(rows, args.first, (_node, index) => offsetCursor(start + index), () => start > 0 && all.length > 0);
  return { ...page, totalCount: all.length };
}
