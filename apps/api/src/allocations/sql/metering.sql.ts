/**
 * Metered card-hours of an allocation row in SQL: cards × time held, up to now while it runs.
 * One definition for every usage figure, so the summaries and the reports cannot disagree.
 */
export const CARD_HOURS_SQL = `cards * extract(epoch FROM (coalesce(finished_at, now()) - started_at)) / 3600.0`;
