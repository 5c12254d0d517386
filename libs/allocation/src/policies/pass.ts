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
  /**
   * Fits found impossible since the cluster or the book last changed in this pass, per card
   * type: (cards, end) pairs. On a busy cluster the walk asks fitNow for thousands of requests
   * whose free cards are all held by reservations; each answer is the same until something
   * starts, is reserved or is given notice, so one refusal answers every request of that type
   * that asks for at least as many cards until at least as late (see fitKnownImpossible).
   */
  private readonly failedFits = new Map<string, { cards: number; endS: number }[]>();
  /** nothingMoreFor's last "false" and for which rank, valid until the next change. */
  private moreMayStartFor: number | null = null;
  /** noWaitingRequestFits's answer, valid until the next change. */
  private noRequestFits: boolean | null = null;

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
    // A start must not delay any reservation even if its prediction is wrong: it is checked
    // against the reservations by its time limit (measured: by its prediction costs utilisation).
    return this.fitUntil(job.cardType, job.cards, this.ctx.now + job.limitS);
  }

  /** Where `cards` of the type would start now and run until `endS` without delaying a reservation. */
  private fitUntil(cardType: string, cards: number, endS: number): Domain[] | null {
    const type = this.ctx.state.type(cardType);
    if (!type || !mightFitNow(type, cards)) return null;
    if (this.fitKnownImpossible(cardType, type.domainSize, cards, endS)) return null;
    const domains = fitNowAligned(type, cards, this.ctx.now, endS, this.book, this.placement);
    if (!domains) this.rememberFailedFit(cardType, cards, endS);
    return domains;
  }

  /**
   * A fit of `cards` until `endS` already failed for no more cards and no later end, in the
   * same regime (within one domain, or whole domains): then this one fails too. Within one
   * domain, more cards search fewer buckets (those with at least that many free) and ask
   * book.allows for more cards; a later end only meets more holds. For whole domains, more
   * cards need more domains that each pass the same check. Neither depends on the placement
   * mode: each mode returns null exactly when no candidate domain allows the start.
   */
  private fitKnownImpossible(cardType: string, domainSize: number, cards: number, endS: number): boolean {
    const failed = this.failedFits.get(cardType);
    if (!failed) return false;
    const gang = cards > domainSize;
    for (const f of failed) if (f.cards <= cards && f.endS <= endS && f.cards > domainSize === gang) return true;
    return false;
  }

  private rememberFailedFit(cardType: string, cards: number, endS: number): void {
    let failed = this.failedFits.get(cardType);
    if (!failed) this.failedFits.set(cardType, (failed = []));
    failed.push({ cards, endS });
  }

  /** Something started, was reserved or was given notice: forget what could not fit or start. */
  clusterChanged(): void {
    this.failedFits.clear();
    this.moreMayStartFor = null;
    this.noRequestFits = null;
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
    this.clusterChanged();
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
    this.clusterChanged();
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

  private readonly cannotStartThisPass = (job: Job): boolean => this.notYetAllowed(job) || this.quotaBlocks(job);

  /**
   * No waiting request can start now by its size and time limit (quotas and earliest starts
   * counted, not the policy's order): for each size waiting, the shortest limit does not fit
   * before the reservations made so far. On a busy cluster the few cards that free up are
   * often held for a gang; the walk would then refuse every request of the queue one by one.
   * Fits only get harder during a pass while nobody is given notice (cards are only taken,
   * holds only added, a longer limit meets more holds; an earliest start stays ahead and the
   * cards an organisation holds only grow), so the answer holds for the rest of the pass; it is
   * asked once per change.
   */
  noWaitingRequestFits(): boolean {
    if (this.noRequestFits != null) return this.noRequestFits;
    const { state, queue, now } = this.ctx;
    let none = true;
    for (const [cardType, sizes] of queue.sizesWaiting()) {
      const type = state.type(cardType);
      if (!type) continue;
      for (const cards of sizes.keys()) {
        if (!mightFitNow(type, cards)) continue;
        // Requests not yet allowed or over quota stay so for the rest of the pass.
        const shortest = queue.shortestLimitS(cardType, cards, this.cannotStartThisPass);
        if (shortest !== undefined && this.fitUntil(cardType, cards, now + shortest)) {
          none = false;
          break;
        }
      }
      if (!none) break;
    }
    this.noRequestFits = none;
    return none;
  }

  /**
   * Nothing can start and no running work is preemptible by the highest class waiting: the
   * pass can start nothing and give no notice, whatever its order. On a busy cluster about a
   * third of all passes are such.
   */
  nothingCanStart(): boolean {
    const top = this.ctx.queue.classRanksDescending()[0];
    return top === undefined ? this.noStartFits() : this.nothingStartsOrPreemptsFrom(top);
  }

  /**
   * Nothing can start and nobody of this class (nor any class below) may preempt: the rest of
   * the walk, and of the pass, is moot (its reservations could only refuse more).
   */
  nothingMoreFor(rank: number): boolean {
    // The walk asks after every refused request; the answer is "no" until something changes.
    if (this.moreMayStartFor === rank) return false;
    const nothing = this.nothingStartsOrPreemptsFrom(rank);
    if (!nothing) this.moreMayStartFor = rank;
    return nothing;
  }

  /** No running work below `rank` is preemptible and no waiting request fits now. */
  private nothingStartsOrPreemptsFrom(rank: number): boolean {
    return !this.ctx.state.hasPreemptibleBelow(rank) && this.noStartFits();
  }

  /** The cheap check by size first, then the one by size and shortest limit against the reservations. */
  private noStartFits(): boolean {
    return this.noWaitingSizeFits() || this.noWaitingRequestFits();
  }

  /** True when no card of any type is free: nothing further in the queue can start. */
  clusterFull(): boolean {
    for (const type of this.ctx.state.types.values()) if (type.maxFree() > 0) return false;
    return true;
  }
}
