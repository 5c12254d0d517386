import type { EntityManager } from 'typeorm';
import type { LinkedKind } from '../ticket-rules.js';

/** The table of each kind of object a ticket can be about; every one carries its organisation. */
const TABLES: Record<LinkedKind, string> = {
  PROJECT: 'projects',
  VOUCHER_APPLICATION: 'voucher_applications',
  INVOICE: 'invoices',
  TERM_SHEET: 'term_sheets',
};

/** The object exists and belongs to the organisation: a founder links only their own things. */
export async function linkedObjectBelongsTo(manager: EntityManager, kind: LinkedKind, id: string, organisationId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${TABLES[kind]} WHERE id = $1 AND organisation_id = $2`, [id, organisationId]);
  return rows.length > 0;
}
