import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { throughCache, type SharedCaches } from '../../common/graphql/shared-caches.js';
import { CARD_HOURS_SQL } from '../sql/metering.sql.js';

export interface AllocationSummaryRow {
  runningCards: number;
  queuedRequests: number;
  cardHours: number;
}

const EMPTY: AllocationSummaryRow = { runningCards: 0, queuedRequests: 0, cardHours: 0 };

/** One statement for every project on a page, however long the page; at most 2 s old. */
export function allocationSummaryByProjectLoader(dataSource: DataSource, caches: SharedCaches) {
  return new DataLoader<string, AllocationSummaryRow>(async (projectIds) => {
    const rows = await throughCache(caches.allocationSummaries, projectIds, async (missing) => {
      const found: { project_id: string; running_cards: string; queued: string; card_hours: string }[] = await dataSource.query(
        `SELECT project_id,
                coalesce(sum(cards) FILTER (WHERE state = 'RUNNING'), 0) AS running_cards,
                count(*) FILTER (WHERE state = 'QUEUED') AS queued,
                coalesce(sum(${CARD_HOURS_SQL})
                  FILTER (WHERE started_at IS NOT NULL), 0) AS card_hours
         FROM allocation_requests WHERE project_id = ANY($1::uuid[]) GROUP BY project_id`,
        [missing],
      );
      const byProject = new Map<string, AllocationSummaryRow>(missing.map((id) => [id, EMPTY]));
      for (const r of found) {
        byProject.set(r.project_id, {
          runningCards: Number(r.running_cards),
          queuedRequests: Number(r.queued),
          cardHours: Number(Number(r.card_hours).toFixed(3)),
        });
      }
      return byProject;
    });
    return rows.map((row) => row ?? EMPTY);
  });
}
