import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** How many public ticket replies link each knowledge-base article: one query for a whole article list. */
export function articleLinkCountLoader(dataSource: DataSource) {
  return new DataLoader<string, number>(async (articleIds) => {
    const rows: { article_id: string; count: number }[] = await dataSource.query(
      `SELECT l.article_id, count(*)::int AS count FROM ticket_message_articles l JOIN ticket_messages m ON m.id = l.message_id
        WHERE l.article_id = ANY($1::uuid[]) AND m.visibility = 'PUBLIC' GROUP BY l.article_id`,
      [[...articleIds]],
    );
    const counts = new Map(rows.map((r) => [r.article_id, r.count]));
    return articleIds.map((id) => counts.get(id) ?? 0);
  });
}
