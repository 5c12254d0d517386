import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Who should hear of something: active accounts only, read in the caller's transaction. */
@Injectable()
export class NotificationRecipients {
  /** The founders of an organisation. */
  async foundersOf(manager: EntityManager, organisationId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE organisation_id = $1 AND role = 'FOUNDER' AND deactivated_at IS NULL ORDER BY created_at`,
      [organisationId],
    );
    return rows.map((r) => r.id);
  }

  /** The centre's managers and admins: the centre's side of a term sheet, escalations. */
  async centreManagers(manager: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM users WHERE role IN ('MANAGER','ADMIN') AND deactivated_at IS NULL ORDER BY created_at`,
    );
    return rows.map((r) => r.id);
  }
}
