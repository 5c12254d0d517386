import { createHash, randomUUID } from 'node:crypto';

/**
 * Credit lines for cap-table tests, made with plain SQL until the credit-line service exists: a
 * signed term sheet, a line with its tranches and the centre's holding, and draws through a draft
 * invoice line — so the centre's TRANCHE shares are issued by the database's own triggers, as in
 * production. Works on a TypeORM DataSource (integration) and a pg client (API tests) alike.
 */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

const CENTRE_NAME = '算力中心 (Suanli computing centre)';

/** A project of the organisation with a term sheet signed by both sides at version 1. */
export async function signedTermSheet(sql: Sql, organisationId: string, userId: string): Promise<{ termSheetId: string; projectId: string; signedAt: Date }> {
  const [project] = await sql("INSERT INTO projects (organisation_id, name, cooperation_modes) VALUES ($1, $2, '{COMPUTE_FOR_EQUITY}') RETURNING id", [organisationId, `股权项目 ${randomUUID().slice(0, 8)}`]);
  const [sheet] = await sql('INSERT INTO term_sheets (organisation_id, project_id) VALUES ($1, $2) RETURNING id', [organisationId, project!.id]);
  const hash = createHash('sha256').update(String(sheet!.id)).digest('hex');
  await sql(
    `INSERT INTO term_sheet_versions (term_sheet_id, version_no, proposed_by_side, terms, content_hash, credit_fen, pre_money_fen, centre_shares, centre_percent_bp)
     VALUES ($1, 1, 'CENTRE', '{}', $2, 200000000, 1800000000, 777777, 1000)`,
    [sheet!.id, hash],
  );
  for (const side of ['CENTRE', 'FOUNDER'])
    await sql('INSERT INTO term_sheet_acceptances (term_sheet_id, version_no, side, user_id, content_hash) VALUES ($1, 1, $2, $3, $4)', [sheet!.id, side, userId, hash]);
  const [signed] = await sql("UPDATE term_sheets SET status = 'SIGNED', signed_version_no = 1, closed_at = now() WHERE id = $1 RETURNING closed_at", [sheet!.id]);
  return { termSheetId: String(sheet!.id), projectId: String(project!.id), signedAt: new Date(String(signed!.closed_at)) };
}

export interface LineTerms {
  /** Credit and shares of each tranche. */
  tranches: { creditFen: bigint; shares: bigint }[];
  priceNumerator?: bigint;
  priceDenominator?: bigint;
  /** null: no buy-back option. */
  buyBackUntil?: Date | null;
  buyBackPremiumBp?: number;
  expiresAt?: Date;
  shareClass?: string;
}

export interface OpenedLine {
  creditLineId: string;
  termSheetId: string;
  projectId: string;
  centreStakeholderId: string;
  shareClassId: string;
}

/** A signed term sheet's credit line with its tranches, the centre's stakeholder and share class made on first use. */
export async function openCreditLine(sql: Sql, organisationId: string, userId: string, terms: LineTerms): Promise<OpenedLine> {
  const sheet = await signedTermSheet(sql, organisationId, userId);
  await sql("INSERT INTO cap_stakeholders (organisation_id, name, kind, entity_type) VALUES ($1, $2, 'CENTRE', 'INSTITUTION') ON CONFLICT DO NOTHING", [organisationId, CENTRE_NAME]);
  const className = terms.shareClass ?? 'A轮优先股';
  await sql("INSERT INTO cap_share_classes (organisation_id, name, class_type, seniority) VALUES ($1, $2, 'PREFERRED', 2) ON CONFLICT DO NOTHING", [organisationId, className]);
  const [centre] = await sql("SELECT id FROM cap_stakeholders WHERE organisation_id = $1 AND kind = 'CENTRE'", [organisationId]);
  const [shareClass] = await sql('SELECT id FROM cap_share_classes WHERE organisation_id = $1 AND name = $2', [organisationId, className]);
  const creditFen = terms.tranches.reduce((total, tranche) => total + tranche.creditFen, 0n);
  const totalShares = terms.tranches.reduce((total, tranche) => total + tranche.shares, 0n);
  const buyBackUntil = terms.buyBackUntil === undefined ? new Date(Date.now() + 365 * 86_400_000) : terms.buyBackUntil;
  const [line] = await sql(
    `INSERT INTO credit_lines (term_sheet_id, version_no, organisation_id, project_id, credit_fen, total_shares, price_numerator, price_denominator, pre_money_fen, post_money_shares,
                               share_class_id, centre_stakeholder_id, opened_at, expires_at, buy_back_until, buy_back_premium_bp)
     VALUES ($1, 1, $2, $3, $4, $5, $6, $7, 1800000000, 7777777, $8, $9, now() - interval '1 day', $10, $11, $12) RETURNING id`,
    [
      sheet.termSheetId, organisationId, sheet.projectId, creditFen.toString(), totalShares.toString(), (terms.priceNumerator ?? 18n).toString(), (terms.priceDenominator ?? 7n).toString(),
      shareClass!.id, centre!.id, (terms.expiresAt ?? new Date(Date.now() + 365 * 86_400_000)).toISOString(), buyBackUntil?.toISOString() ?? null,
      buyBackUntil === null ? null : (terms.buyBackPremiumBp ?? 800),
    ],
  );
  for (const [trancheNo, tranche] of terms.tranches.entries())
    await sql(
      `INSERT INTO credit_tranches (credit_line_id, tranche_no, percent_bp, release, credit_fen, shares) VALUES ($1, $2, $3, '{"kind":"ON_SIGNING"}', $4, $5)`,
      [line!.id, trancheNo, Math.max(1, Math.round((10000 * Number(tranche.creditFen)) / Number(creditFen))), tranche.creditFen.toString(), tranche.shares.toString()],
    );
  return { creditLineId: String(line!.id), termSheetId: sheet.termSheetId, projectId: sheet.projectId, centreStakeholderId: String(centre!.id), shareClassId: String(shareClass!.id) };
}

/** Releases the tranche and draws `amountFen` from it through a draft invoice's line, as billing will. */
export async function drawTranche(sql: Sql, line: OpenedLine, organisationId: string, trancheNo: number, amountFen: bigint): Promise<void> {
  await sql('UPDATE credit_tranches SET released_at = now() WHERE credit_line_id = $1 AND tranche_no = $2 AND released_at IS NULL', [line.creditLineId, trancheNo]);
  // One invoice per organisation and month: the draws share November's draft, one line each.
  await sql(
    "INSERT INTO invoices (organisation_id, period_month, period_start, period_end) VALUES ($1, '2026-11', '2026-10-31T16:00:00Z', '2026-11-30T16:00:00Z') ON CONFLICT DO NOTHING",
    [organisationId],
  );
  const [invoice] = await sql("SELECT id FROM invoices WHERE organisation_id = $1 AND period_month = '2026-11' AND kind = 'INVOICE' AND status = 'DRAFT'", [organisationId]);
  const [invoiceLine] = await sql(
    `INSERT INTO invoice_lines (invoice_id, line_no, project_id, card_type, unit_price_fen, card_seconds, amount_fen, equity_fen)
     VALUES ($1, (SELECT COALESCE(max(line_no), 0) + 1 FROM invoice_lines WHERE invoice_id = $1), $2, 'H800', 1, 3600, $3, $3) RETURNING id`,
    [invoice!.id, line.projectId, amountFen.toString()],
  );
  await sql('INSERT INTO credit_draws (credit_line_id, tranche_no, invoice_id, invoice_line_id, amount_fen, drawn_at) VALUES ($1, $2, $3, $4, $5, now())', [
    line.creditLineId, trancheNo, invoice!.id, invoiceLine!.id, amountFen.toString(),
  ]);
}
