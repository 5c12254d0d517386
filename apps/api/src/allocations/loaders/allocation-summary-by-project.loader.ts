import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface AllocationSummaryRow {
  runningCards: number;
  queuedRequests: number;
  cardHours: number;
}

/** One statement for every project on a page, however long the page. */
export function allocationSummaryByProjectLoader(dataSource: DataSource) {
  return new DataLoader<string, AllocationSummaryRow>(async (projectIds) => {
    const rows: { project_id: string; running_cards: string; queued: string; card_hours: string }[] = await dataSource.query(
      `SELECT project_id,
              coalesce(sum(cards) FILTER (WHERE state = 'RUNNING'), 0) AS running_cards,
              count(*) FILTER (WHERE state = 'QUEUED') AS queued,
              coalesce(sum(cards * extract(epoch FROM (coalesce(finished_at, now()) - started_at)) / 3600.0)
                FILTER (WHERE started_at IS NOT NULL), 0) AS card_hours
       FROM allocation_requests WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
      [projectIds],
    );
    const byProject = new Map(rows.map((r) => [r.project_id, r]));
    return projectIds.map((id) => {
      const row = byProject.get(id);
      return {
        runningCards: row ? Number(row.running_cards) : 0,
        queuedRequests: row ? Number(row.queued) : 0,
        cardHours: row ? Number(Number(row.card_hours).toFixed(3)) : 0,
      };
    });
  });
}
