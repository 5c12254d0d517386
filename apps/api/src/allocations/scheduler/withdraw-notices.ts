import type { EntityManager } from 'typeorm';
import { returningRows } from '../../database/returning-rows.js';
import type { SuanliEvent } from '../../common/events/event-types.js';
import { ALLOCATION_CHANGED } from '../events/allocation-events.js';

export interface WithdrawnNotice {
  id: string;
  organisation_id: string;
  cluster_id: string;
}

/**
 * Takes back the preemption notices the given preemptors caused: their victims run on and no
 * longer show "preemption at …". Called, under the cluster lock, when a preemptor is cancelled,
 * finished or lowered; every pass also withdraws notices whose preemptor no longer needs them.
 */
export async function withdrawNoticesFor(manager: EntityManager, preemptorIds: string[]): Promise<WithdrawnNotice[]> {
  if (preemptorIds.length === 0) return [];
  return returningRows<WithdrawnNotice>(
    manager,
    `UPDATE allocation_requests SET preempt_at = NULL, preempted_for_id = NULL
     WHERE preempted_for_id = ANY($1::uuid[]) AND state = 'RUNNING'
     RETURNING id, organisation_id, cluster_id`,
    [preemptorIds],
  );
}

/** allocationChanged for the victims whose notice was withdrawn (they still run), so their holders refetch. */
export function withdrawnNoticeEvents(withdrawn: WithdrawnNotice[]): SuanliEvent[] {
  const at = new Date().toISOString();
  return withdrawn.map((w) => ({
    topic: ALLOCATION_CHANGED,
    payload: { allocationId: w.id, organisationId: w.organisation_id, clusterId: w.cluster_id, state: 'RUNNING', at },
  }));
}
