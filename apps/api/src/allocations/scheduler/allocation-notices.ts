import type { EntityManager } from 'typeorm';
import type { NotificationsService } from '../../notifications/index.js';
import type { PassOutcome } from './scheduling-pass.js';

/**
 * Tells each requester that their allocation started, or got a preemption notice, in the pass's
 * transaction: a pass that rolls back (and is retried) notifies nobody twice.
 */
export async function noticeRequesters(manager: EntityManager, notifications: NotificationsService, outcome: Pick<PassOutcome, 'started' | 'preempted'>): Promise<void> {
  const kinds = new Map([...outcome.started.map((id) => [id, 'ALLOCATION_STARTED'] as const), ...outcome.preempted.map((id) => [id, 'ALLOCATION_PREEMPTED'] as const)]);
  if (kinds.size === 0) return;
  const rows: { id: string; requested_by_id: string; organisation_id: string; cards: number; role: string }[] = await manager.query(
    `SELECT r.id, r.requested_by_id, r.organisation_id, r.cards, u.role FROM allocation_requests r JOIN users u ON u.id = r.requested_by_id WHERE r.id = ANY($1::uuid[])`,
    [[...kinds.keys()]],
  );
  for (const row of rows)
    await notifications.notify(manager, {
      userIds: [row.requested_by_id],
      kind: kinds.get(row.id)!,
      params: { allocationId: row.id, cards: String(row.cards) },
      link: row.role === 'FOUNDER' ? '/portal/compute' : '/compute',
      organisationId: row.organisation_id,
    });
}
