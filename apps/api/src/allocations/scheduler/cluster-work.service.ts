import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ClusterWork } from '../../compute/index.js';
import { returningRows } from '../../database/returning-rows.js';
import { SchedulerService } from './scheduler.service.js';
import { closeHoldings } from './scheduling-pass.js';

/** The inventory's port to the work on its cards: scheduling passes, and work a failed card ends. */
@Injectable()
export class ClusterWorkService implements ClusterWork {
  constructor(@Inject(SchedulerService) private readonly scheduler: SchedulerService) {}

  requestPass(clusterId: string): Promise<unknown> {
    return this.scheduler.requestPass(clusterId);
  }

  passSoon(clusterId: string): Promise<void> {
    return this.scheduler.passSoon(clusterId);
  }

  /** The allocation running on a FAILED card cannot go on: it ends at once, preempted. */
  async endWorkOnFailedCard(manager: EntityManager, cardId: string): Promise<void> {
    const hit = await returningRows<{ id: string }>(
      manager,
      `UPDATE allocation_requests r SET state = 'PREEMPTED', finished_at = now(), end_reason = 'CARD_FAILED'
       FROM card_holdings h
       WHERE h.allocation_id = r.id AND h.card_id = $1 AND upper_inf(h.during) AND r.state = 'RUNNING'
       RETURNING r.id`,
      [cardId],
    );
    if (hit.length > 0) await closeHoldings(manager, hit.map((h) => h.id));
  }
}
