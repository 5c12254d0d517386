import type { EntityManager } from 'typeorm';
import type { SlaTargetKind } from '../ticket-rules.js';

export type SlaTimerPhase = 'WARNING' | 'BREACH';

export interface SlaTimerJob {
  ticketId: string;
  kind: SlaTargetKind;
  phase: SlaTimerPhase;
  runAt: Date;
}

/**
 * Durable timers for SLA targets. `schedule` writes through the caller's transaction, so a job
 * exists exactly when the ticket change that asked for it committed.
 */
export interface SlaTimers {
  schedule(manager: EntityManager, jobs: readonly SlaTimerJob[]): Promise<void>;
}

export const SLA_TIMERS = Symbol('SlaTimers');
