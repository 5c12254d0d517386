import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import type { SuanliEvent } from '../../common/events/event-types.js';
import { ALLOCATION_CHANGED, CLUSTER_UTILISATION } from '../events/allocation-events.js';
import { NotificationsService } from '../../notifications/index.js';
import { noticeRequesters } from './allocation-notices.js';
import { WorkerPlanner } from './schedule-planner.js';
import { runSchedulingPass, type PassOutcome } from './scheduling-pass.js';

/** Conflicts a retry resolves: a holding overlap, a serialization failure, a deadlock. */
const RETRYABLE = new Set(['23P01', '40001', '40P01']);

/**
 * The shortest time between the starts of two passes of one cluster; at least three times the
 * last pass's duration too, so passes over a long queue take at most a third of the time (and of the
 * CPU the API, the database and the planning worker share).
 */
const MIN_PASS_GAP_MS = 200;
const PASS_DUTY_FACTOR = 3;

/**
 * Runs scheduling passes: after every change (a request, a cancel, a finish, a drain) and on a
 * timer. Passes of one cluster are coalesced in this process (callers that arrive during a pass
 * share the next one) and serialised across processes by an advisory lock inside the pass.
 */
@Injectable()
export class SchedulerService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SchedulerService.name);
  private readonly inFlight = new Map<string, Promise<PassOutcome | null>>();
  private readonly queued = new Map<string, Promise<PassOutcome | null>>();
  private readonly lastStart = new Map<string, number>();
  private readonly lastDuration = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly planner = new WorkerPlanner();
  /** Overrides of the policy's defaults from the deployment's settings. */
  private get policy() {
    return this.config.preemptionNoticeS ? { preemptionNoticeS: this.config.preemptionNoticeS } : undefined;
  }

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  onApplicationBootstrap(): void {
    this.planner.warmUp();
    if (this.config.schedulerIntervalMs <= 0) return;
    this.timer = setInterval(() => void this.passAllClusters(), this.config.schedulerIntervalMs);
    this.timer.unref();
    void this.passAllClusters();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.allSettled([...this.inFlight.values(), ...this.queued.values()]);
    await this.planner.close();
  }

  async passAllClusters(): Promise<void> {
    const clusters: { id: string }[] = await this.dataSource.query('SELECT id FROM clusters ORDER BY name').catch(() => []);
    for (const cluster of clusters) await this.requestPass(cluster.id);
  }

  /**
   * Resolves after a pass that started after this call has finished. Callers that arrive while a
   * pass runs share the next one, and passes of a cluster start at least MIN_PASS_GAP_MS apart:
   * under a storm of requests the main thread then serves requests instead of re-reading the whole
   * queue back to back, while a lone request still gets its pass at once.
   */
  requestPass(clusterId: string): Promise<PassOutcome | null> {
    if (this.stopped) return Promise.resolve(null);
    const next = this.queued.get(clusterId);
    if (next) return next;
    const running = this.inFlight.get(clusterId);
    if (!running && this.nextStartAt(clusterId) <= Date.now()) return this.start(clusterId);
    const chained = (running ?? Promise.resolve(null))
      .then(() => new Promise((done) => setTimeout(done, Math.max(0, this.nextStartAt(clusterId) - Date.now()))))
      .then(() => {
        this.queued.delete(clusterId);
        return this.stopped ? null : this.start(clusterId);
      });
    this.queued.set(clusterId, chained);
    return chained;
  }

  /**
   * Requests a pass and waits for it at most `waitMs`: for writes whose answer does not depend on
   * the pass (cancel, finish, drain…), so spaced-out passes under load do not slow them down.
   */
  async passSoon(clusterId: string, waitMs = 100): Promise<void> {
    const pass = this.requestPass(clusterId);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([pass, new Promise((done) => (timer = setTimeout(done, waitMs)))]);
    clearTimeout(timer);
  }

  /** True when a pass requested now would start at once (none running, queued or too recent). */
  wouldStartNow(clusterId: string): boolean {
    return !this.inFlight.has(clusterId) && !this.queued.has(clusterId) && this.nextStartAt(clusterId) <= Date.now();
  }

  /** The earliest time the next pass of the cluster may start. */
  private nextStartAt(clusterId: string): number {
    const last = this.lastStart.get(clusterId) ?? 0;
    return last + Math.max(MIN_PASS_GAP_MS, PASS_DUTY_FACTOR * (this.lastDuration.get(clusterId) ?? 0));
  }

  private start(clusterId: string): Promise<PassOutcome | null> {
    this.lastStart.set(clusterId, Date.now());
    const began = Date.now();
    const pass = this.passWithRetry(clusterId).finally(() => {
      this.inFlight.delete(clusterId);
      this.lastDuration.set(clusterId, Date.now() - began);
    });
    this.inFlight.set(clusterId, pass);
    return pass;
  }

  private async passWithRetry(clusterId: string): Promise<PassOutcome | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        const began = performance.now();
        const outcome = await this.dataSource.transaction(async (manager) => {
          const passed = await runSchedulingPass(manager, clusterId, new Date(), this.planner.plan, this.policy);
          await noticeRequesters(manager, this.notifications, passed);
          return passed;
        });
        if (this.config.logPasses) this.logPass(outcome, performance.now() - began);
        await this.publish(outcome);
        return outcome;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (RETRYABLE.has(code) && attempt < 5) continue;
        if (!this.stopped) this.logger.error(`scheduling pass for ${clusterId} failed: ${(error as Error).message}`);
        return null;
      }
    }
  }

  private logPass(outcome: PassOutcome, totalMs: number): void {
    const t = outcome.timings;
    this.logger.log(
      `pass ${outcome.clusterId.slice(0, 8)}: ${outcome.waiting} waiting, ${outcome.started.length} started, ${outcome.ended.length} ended; ` +
        `settle ${t.settleMs.toFixed(1)} ms, load ${t.loadMs.toFixed(1)} ms, plan ${t.planMs.toFixed(1)} ms, write ${t.writeMs.toFixed(1)} ms, total ${totalMs.toFixed(1)} ms`,
    );
  }

  private async publish(outcome: PassOutcome): Promise<void> {
    const changed = [
      ...outcome.started.map((id) => ({ id, state: 'RUNNING' as const })),
      ...outcome.ended,
      // Under notice the allocation still runs; its holder hears of the notice.
      ...outcome.preempted.map((id) => ({ id, state: 'RUNNING' as const })),
      // A withdrawn notice: the allocation runs on and no longer shows "preemption at …".
      ...outcome.withdrawn.map((id) => ({ id, state: 'RUNNING' as const })),
      // A new request's estimate arrives with the pass (creates wait only briefly for it).
      ...outcome.explained.map((id) => ({ id, state: 'QUEUED' as const })),
    ];
    if (changed.length === 0) return;
    const at = new Date().toISOString();
    const events: SuanliEvent[] = changed.map((c) => ({
      topic: ALLOCATION_CHANGED,
      payload: { allocationId: c.id, organisationId: outcome.ownerOf.get(c.id) ?? '', clusterId: outcome.clusterId, state: c.state, at },
    }));
    events.push({ topic: CLUSTER_UTILISATION, payload: { ...(await this.utilisation(outcome.clusterId)), at } });
    await this.events.publish(events);
  }

  async utilisation(clusterId: string) {
    const [row]: { total: string; busy: string; healthy: string; queued: string }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM cards c JOIN nodes n ON n.id = c.node_id WHERE n.cluster_id = $1 AND n.retired_at IS NULL) AS total,
              (SELECT count(*) FROM cards c JOIN nodes n ON n.id = c.node_id WHERE n.cluster_id = $1 AND n.retired_at IS NULL AND c.health = 'HEALTHY') AS healthy,
              (SELECT coalesce(sum(cards), 0) FROM allocation_requests WHERE cluster_id = $1 AND state = 'RUNNING') AS busy,
              (SELECT count(*) FROM allocation_requests WHERE cluster_id = $1 AND state = 'QUEUED') AS queued`,
      [clusterId],
    );
    return { clusterId, totalCards: Number(row.total), busyCards: Number(row.busy), healthyCards: Number(row.healthy), queuedRequests: Number(row.queued) };
  }
}
