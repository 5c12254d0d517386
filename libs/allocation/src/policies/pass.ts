import type { Job } from '../model/job.js';
import type { PlacementMode, PlannedPreemption, PolicyConfig } from '../model/types.js';
import type { Allocation, ClusterState, Domain } from '../placement/cluster-state.js';
import { canEverFit, earliestFit, mightFitNow, type EarliestFit } from '../placement/fit.js';
import { fitNowAligned } from '../placement/aligned-fit.js';
import { ReservationBook, type Reservation } from '../placement/reservations.js';
import type { PendingQueue } from './pending-queue.js';

/** What the policy knows about an organisation during a pass. */
export interface OrgStanding {
  readonly weight: number;
  readonly quotaCards: number | null;
  /** Decayed past usage as average cards held recently (see recentAverageCards). */
  readonly recentCards: number;
}

export interface PassContext {
  readonly now: number;
  readonly state: ClusterState;
  readonly queue: PendingQueue;
  readonly config: PolicyConfig;
  /** A Map, or a lazy view (the simulator decays usage only for organisations it is asked about). */
  readonly orgs: { get(orgId: string): OrgStanding | undefined };
}

export interface PassOutcome {
  readonly started: { job: Job; alloc: Allocation }[];
  readonly preemptions: PlannedPreemption[];
  readonly book: ReservationBook;
  /** Waiting jobs in the order the policy considered them (filled only when asked for). */
  readonly order: Job[];
}

export type PolicyPass = (ctx: PassContext, wantOrder: boolean) => PassOutcome;

/** Shared moves of all policies: starting a job now and reserving its earliest start. */
export class PassRun {
  readonly book = new ReservationBook();
  readonly started: { job: Job; alloc: Allocation }[] = [];
  readonly preemptions: PlannedPreemption[] = [];
  readonly order: Job[] = [];

  /** Placement of requests that fit in one domain: best fit for the baselines. */
  constructor(
    readonly ctx: PassContext,
    private readonly placement: PlacementMode = 'best-fit',
  ) {}

  outcome(): PassOutcome {
    return { started: this.started, preemptions: this.preemptions, book: this.book, order: this.order };
  }

  notYetAllowed(job: Job): boolean {
    return job.earliestStartS > this.ctx.now;
  }

  quotaBlocks(job: Job): boolean {
    const quota = this.ctx.orgs.get(job.orgId)?.quotaCards;
    if (quota == null) return false;
    return this.ctx.state.held(job.orgId) + this.cardsHeldBy(job) > quota;
  }

  /** Cards the job would hold: whole domains for gangs larger than a domain. */
  cardsHeldBy(job: Job): number {
    const type = this.ctx.state.type(job.cardType);
    if (!type || job.cards <= type.domainSize) return job.cards;
    return Math.ceil(job.cards / type.domainSize) * type.domainSize;
  }

  everFits(job: Job): boolean {
    return canEverFit(this.ctx.state.type(job.cardType), job.cards);
  }

  /** Starts the job now if it fits without delaying any reservation. */
  tryStart(job: Job): boolean {
    const domains = this.fitNow(job);
    if (!domains) return false;
    this.startOn(job, domains);
    return true;
  }

  /** Where the job would start now without delaying any reservation; null = nowhere. */
  fitNow(job: Job): Domain[] | null {
    const { state, now } = this.ctx;
    const type = state.type(job.cardType);
    if (!type || !mightFitNow(type, job.cards)) return null;
    // A start must not delay any reservation even if its prediction is wrong: it is checked
    // against the reservations by its time limit (measured: by its prediction costs utilisation).
    return fitNowAligned(type, job.cards, now, now + job.limitS, this.book, this.placement);
  }

  /** Starts the job on domains fitNow returned in this pass (nothing started in between). */
  startOn(job: Job, domains: Domain[]): void {
    const { state, now, queue } = this.ctx;
    const alloc = state.allocate(
      { requestId: job.id, orgId: job.orgId, cardType: job.cardType, rank: job.rank, preemptible: job.preemptible, startS: now, endS: now + job.durationS, limitEndS: now + job.limitS },
      domains,
      job.cards,
    );
    queue.remove(job);
    this.started.push({ job, alloc });
  }

  /** Earliest start that leaves every reservation made so far intact; null = never. */
  earliest(job: Job): EarliestFit | null {
    const { state, now } = this.ctx;
    const type = state.type(job.cardType);
    if (!type) return null;
    return earliestFit(type, job.cards, job.durationS, Math.max(now, job.earliestStartS), this.book);
  }

  /** Holds the job's earliest possible start so later jobs cannot push it back. */
  reserve(job: Job, fit: EarliestFit | null = this.earliest(job)): Reservation | null {
    if (!fit) return null;
    return this.book.add(job.id, fit.startS, job.durationS, fit.domains, job.cards);
  }

  /**
   * No waiting request fits in the free cards by its size alone (before reservations, quotas
   * or earliest starts, which only refuse more): nothing more can start in this pass. Checked
   * per size waiting, not per request, so it is cheap enough to ask after every failed start.
   */
  noWaitingSizeFits(): boolean {
    const { state, queue } = this.ctx;
    for (const [cardType, sizes] of queue.sizesWaiting()) {
      const type = state.type(cardType);
      if (!type) continue;
      for (const cards of sizes.keys()) if (mightFitNow(type, cards)) return false;
    }
    return true;
  }

  /**
   * Nothing can start and no running work is preemptible by the highest class waiting: the
   * pass can start nothing and give no notice, whatever its order. On a busy cluster about a
   * third of all passes are such.
   */
  nothingCanStart(): boolean {
    const top = this.ctx.queue.classRanksDescending()[0];
    return this.noWaitingSizeFits() && (top === undefined || !this.ctx.state.hasPreemptibleBelow(top));
  }

  /** Nothing can start and nobody of this class may preempt: the rest of the walk is moot. */
  nothingMoreFor(rank: number): boolean {
    return this.noWaitingSizeFits() && !this.ctx.state.hasPreemptibleBelow(rank);
  }

  /** True when no card of any type is free: nothing further in the queue can start. */
  clusterFull(): boolean {
    for (const type of this.ctx.state.types.values()) if (type.maxFree() > 0) return false;
    return true;
  }
}
