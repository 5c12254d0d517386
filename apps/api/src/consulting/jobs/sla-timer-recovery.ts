import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../clock.js';
import { SlaClock, timerJobsOf } from '../sla/sla-clock.js';
import type { SlaTimerJob } from '../sla/sla-timers.port.js';
import { BOSS_SCHEMA, PgBossSlaTimers, SLA_QUEUE } from './pg-boss-sla-timers.js';

/** Serialises recoveries of several API processes starting together (any constant unique to this use). */
const RECOVERY_LOCK = 7212016;

/** pg-boss states of a job that will still run. */
const PENDING_STATES = ['created', 'retry', 'active'];

/**
 * Gives every running SLA target the timers it needs and lacks, at start-up: targets written
 * without jobs (a seed or an import outside the services), jobs lost with a restored pg-boss
 * schema or cancelled by hand. Idempotent: a target whose warning or breach job is pending at or
 * before the instant it is due gets none; several processes starting at once take turns on an
 * advisory lock, so the second finds the first one's jobs.
 */
@Injectable()
export class SlaTimerRecovery implements OnApplicationBootstrap {
  private readonly logger = new Logger('SlaTimers');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timers: PgBossSlaTimers,
    private readonly sla: SlaClock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.timers.ready();
    const added = await this.requeueMissing();
    if (added.length) this.logger.log(`re-queued ${added.length} missing SLA timer job(s)`);
  }

  /** The jobs it enqueued. */
  requeueMissing(now: Date = this.clock.now()): Promise<SlaTimerJob[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [RECOVERY_LOCK]);
      const running: { ticket_id: string }[] = await manager.query(
        `SELECT DISTINCT s.ticket_id FROM ticket_sla_targets s
          WHERE s.met_at IS NULL AND (s.warned_at IS NULL OR s.breached_at IS NULL)
            AND NOT EXISTS (SELECT 1 FROM ticket_sla_pauses p WHERE p.ticket_id = s.ticket_id AND p.ended_at IS NULL)`,
      );
      if (running.length === 0) return [];
      const ticketIds = running.map((r) => r.ticket_id);
      const pending: { ticket_id: string; kind: string; phase: string; start_after: Date }[] = await manager.query(
        `SELECT data->>'ticketId' AS ticket_id, data->>'kind' AS kind, data->>'phase' AS phase, start_after
           FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state::text = ANY($2::text[]) AND data->>'ticketId' = ANY($3::text[])`,
        [SLA_QUEUE, PENDING_STATES, ticketIds],
      );
      const missing: SlaTimerJob[] = [];
      for (const ticketId of ticketIds) {
        for (const job of timerJobsOf(ticketId, await this.sla.views(manager, ticketId, now))) {
          // A pending job due no later than this one covers it: an early one finds the target not due and re-enqueues.
          const covered = pending.some((p) => p.ticket_id === ticketId && p.kind === job.kind && p.phase === job.phase && p.start_after.getTime() <= job.runAt.getTime());
          if (!covered) missing.push(job);
        }
      }
      if (missing.length) await this.timers.schedule(manager, missing);
      return missing;
    });
  }
}
