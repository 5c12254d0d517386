import type { EntityManager } from 'typeorm';

/** Metered use of one organisation in one period, grouped as invoice lines are. */
export interface MeteredGroup {
  organisationId: string;
  projectId: string;
  cardType: string;
  adaptation: boolean;
  priceId: string;
  priceFen: bigint;
  /** Exact held time, truncated to whole seconds once per group (in the customer's favour). */
  cardSeconds: bigint;
}

export interface UnpricedUse {
  organisationId: string;
  cardType: string;
}

/**
 * Card holdings cut to the period and to each price version's validity (a version runs until the
 * next version of its type). A holding still running at the period's end counts up to the end.
 */
const USED = `
  used AS (
    SELECT a.organisation_id, a.project_id, a.card_type, a.priority = 'ADAPTATION' AS adaptation,
           h.during * tstzrange($1, $2, '[)') AS r
    FROM card_holdings h JOIN allocation_requests a ON a.id = h.allocation_id
    WHERE h.during && tstzrange($1, $2, '[)') AND ($3::uuid[] IS NULL OR a.organisation_id = ANY($3::uuid[])))`;

export async function meteredGroups(manager: EntityManager, start: Date, end: Date, organisationIds: string[] | null): Promise<MeteredGroup[]> {
  const rows: { organisation_id: string; project_id: string; card_type: string; adaptation: boolean; price_id: string; price_fen: string; card_seconds: string }[] =
    await manager.query(
      `WITH prices AS (
         SELECT id, card_type, price_fen,
                tstzrange(effective_from, lead(effective_from) OVER (PARTITION BY card_type ORDER BY effective_from), '[)') AS valid
         FROM card_prices),
       ${USED}
       SELECT u.organisation_id, u.project_id, u.card_type, u.adaptation, p.id AS price_id, p.price_fen,
              floor(sum(extract(epoch FROM upper(u.r * p.valid) - lower(u.r * p.valid))))::bigint AS card_seconds
       FROM used u JOIN prices p ON p.card_type = u.card_type AND p.valid && u.r
       GROUP BY u.organisation_id, u.project_id, u.card_type, u.adaptation, p.id, p.price_fen, p.valid
       ORDER BY u.organisation_id, u.project_id, u.card_type, lower(p.valid), u.adaptation`,
      [start, end, organisationIds],
    );
  return rows
    .map((r) => ({
      organisationId: r.organisation_id,
      projectId: r.project_id,
      cardType: r.card_type,
      adaptation: r.adaptation,
      priceId: r.price_id,
      priceFen: BigInt(r.price_fen),
      cardSeconds: BigInt(r.card_seconds),
    }))
    .filter((g) => g.cardSeconds > 0n);
}

/** Use before the first price of its card type: it cannot be billed until a price covers it. */
export async function unpricedUse(manager: EntityManager, start: Date, end: Date, organisationIds: string[] | null): Promise<UnpricedUse[]> {
  const rows: { organisation_id: string; card_type: string }[] = await manager.query(
    `WITH ${USED.trim()}
     SELECT DISTINCT u.organisation_id, u.card_type
     FROM used u LEFT JOIN (SELECT card_type, min(effective_from) AS first FROM card_prices GROUP BY card_type) f ON f.card_type = u.card_type
     WHERE f.first IS NULL OR f.first > lower(u.r)`,
    [start, end, organisationIds],
  );
  return rows.map((r) => ({ organisationId: r.organisation_id, cardType: r.card_type }));
}
