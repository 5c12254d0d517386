import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import { DataSource, type EntityManager } from 'typeorm';
import type { SlaTimerJob, SlaTimers } from '../sla/sla-timers.port.js';
import { SlaEscalation } from './sla-escalation.js';
import { bossDb } from './typeorm-boss-db.js';

export const SLA_QUEUE = 'consulting-sla-timers';
export const BOSS_SCHEMA = 'pgboss';

type JobData = Pick<SlaTimerJob, 'ticketId' | 'kind' | 'phase'>;

/** A pg-boss on the app's own database, through TypeORM (see docs/adr/0016-sla-timers-pg-boss.md). */
export function slaBoss(dataSource: DataSource): PgBoss {
  return new PgBoss({ db: bossDb(dataSource), schema: BOSS_SCHEMA, schedule: false });
}

/** Creates pg-boss's schema (its own migrations, idempotent) and the queue. */
export async function startSlaBoss(boss: PgBoss): Promise<void> {
  await boss.start();
  if (!(await boss.getQueue(SLA_QUEUE))) await boss.createQueue(SLA_QUEUE, { name: SLA_QUEUE, retryLimit: 5, retryDelay: 30, retryBackoff: true });
}

/** Enqueues through the business transaction; pg-boss must have started once (its schema exists). */
export async function enqueueSlaJobs(boss: PgBoss, manager: EntityManager, jobs: readonly SlaTimerJob[]): Promise<void> {
  for (const job of jobs) {
    const data: JobData = { ticketId: job.ticketId, kind: job.kind, phase: job.phase };
    await boss.send(SLA_QUEUE, data, { startAfter: job.runAt, db: bossDb(manager) });
  }
}

/**
 * The SLA timers of the running API: jobs are rows in pg-boss's tables, so they survive a restart.
 * pg-boss starts at bootstrap, before any business transaction: on the embedded database the pool
 * has one connection, and starting it from inside a transaction would wait on itself.
 */
@Injectable()
export class PgBossSlaTimers implements SlaTimers, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaTimers');
  readonly boss: PgBoss;
  private started: Promise<void> | null = null;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.boss = slaBoss(dataSource);
    this.boss.on('error', (error) => this.logger.error(error));
  }

  ready(): Promise<void> {
    return (this.started ??= startSlaBoss(this.boss));
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.ready();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  async schedule(manager: EntityManager, jobs: readonly SlaTimerJob[]): Promise<void> {
    if (!this.started) throw new Error('SLA timers are used before pg-boss started (at application bootstrap)');
    await this.started;
    await enqueueSlaJobs(this.boss, manager, jobs);
  }
}

/**
 * Works the SLA queue. pg-boss fetches with SKIP LOCKED, so with several API processes each job
 * runs in one of them. `SUANLI_SLA_WORKER=off` keeps a process from working it (it still enqueues).
 */
@Injectable()
export class SlaTimerWorker implements OnApplicationBootstrap {
  constructor(
    private readonly timers: PgBossSlaTimers,
    private readonly escalation: SlaEscalation,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (process.env.SUANLI_SLA_WORKER === 'off') return;
    await this.timers.ready();
    await this.timers.boss.work<JobData>(SLA_QUEUE, { pollingIntervalSeconds: 5, batchSize: 5 }, async (jobs) => {
      for (const job of jobs) await this.escalation.run(job.data);
    });
  }
}
