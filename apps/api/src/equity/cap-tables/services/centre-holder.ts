import type { EntityManager } from 'typeorm';
import { ShareClassEntity, StakeholderEntity } from '../entities/cap-table.entities.js';

/** The name the centre goes by on every startup's cap table. */
export const CENTRE_STAKEHOLDER_NAME = '算力中心 (Suanli computing centre)';

/**
 * The centre's stakeholder row and the share class its tranches are issued in, created on first
 * use (a credit line opening). Idempotent under concurrency: inserts race on the unique indexes and
 * the loser reads the winner's row.
 */
export async function ensureCentreHolding(
  manager: EntityManager,
  organisationId: string,
  shareClassName: string,
): Promise<{ stakeholderId: string; shareClassId: string }> {
  await manager.query(
    `INSERT INTO cap_stakeholders (organisation_id, name, kind, entity_type) VALUES ($1, $2, 'CENTRE', 'INSTITUTION') ON CONFLICT DO NOTHING`,
    [organisationId, CENTRE_STAKEHOLDER_NAME],
  );
  const name = shareClassName.trim();
  // A class named like a preferred round is preferred (优先股 / preferred); anything else is common.
  const classType = /优先|preferred/i.test(name) ? 'PREFERRED' : 'COMMON';
  await manager.query(
    `INSERT INTO cap_share_classes (organisation_id, name, class_type, seniority) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [organisationId, name, classType, classType === 'PREFERRED' ? 2 : 1],
  );
  if (!(await manager.findOneBy(StakeholderEntity, { organisationId, kind: 'CENTRE' }))) {
    // The name is taken by another holder (names are unique per company): the centre still gets its row.
    await manager.query(
      `INSERT INTO cap_stakeholders (organisation_id, name, kind, entity_type) VALUES ($1, $2, 'CENTRE', 'INSTITUTION') ON CONFLICT DO NOTHING`,
      [organisationId, `${CENTRE_STAKEHOLDER_NAME} · ${organisationId.slice(0, 8)}`],
    );
  }
  const stakeholder = await manager.findOneByOrFail(StakeholderEntity, { organisationId, kind: 'CENTRE' });
  const shareClass = await manager.findOneByOrFail(ShareClassEntity, { organisationId, name });
  return { stakeholderId: stakeholder.id, shareClassId: shareClass.id };
}
