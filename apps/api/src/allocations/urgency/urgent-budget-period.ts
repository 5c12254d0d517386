/** Asia/Shanghai has no daylight saving: its calendar month starts at 16:00 UTC of the day before. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** The Asia/Shanghai calendar month that contains `now`, as [start, end) instants. */
export function urgentBudgetPeriod(now: Date = new Date()): { start: Date; end: Date } {
  const local = new Date(now.getTime() + SHANGHAI_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  return {
    start: new Date(Date.UTC(year, month, 1) - SHANGHAI_OFFSET_MS),
    end: new Date(Date.UTC(year, month + 1, 1) - SHANGHAI_OFFSET_MS),
  };
}

/**
 * Card-hours of the organisation's URGENT requests that took effect through the budget in the
 * period (cards × requested hours), as SQL over allocation_requests aliased `r`; a request
 * cancelled before it ever started gives its card-hours back.
 */
export const URGENT_BUDGET_USED_SQL = `coalesce(sum(r.cards::numeric * r.duration_s / 3600)
  FILTER (WHERE r.urgency = 'BUDGET' AND r.created_at >= $PERIOD_START AND NOT (r.state = 'CANCELLED' AND r.started_at IS NULL)), 0)`;
