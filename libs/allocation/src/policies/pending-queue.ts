import { bySubmit, type Job } from '../model/job.js';

/** The order inside an organisation (see Job.orgOrderKey); ties in submit order. */
export function byOrgOrderKey(a: Job, b: Job): number {
  return a.orgOrderKey - b.orgOrderKey || a.submitS - b.submitS || a.seq - b.seq;
}

/**
 * Waiting requests kept in the two orders the policies walk: submit order (fifo, easy, and
 * the longest-waiting reservations) and, per class and organisation, by aged size (Job.orgOrderKey).
 * Removal is lazy (a started job is only marked) so a long queue costs nothing per start;
 * arrays are compacted between passes (maintain) once half their entries are gone.
 */
export class PendingQueue {
  private submitOrder: Job[] = [];
  /** Multi-card requests only, in submit order: what the gang guard looks through. */
  private gangOrder: Job[] = [];
  private readonly perClassOrg = new Map<number, Map<string, Job[]>>();
  private readonly gone = new Set<Job>();
  private goneInSubmit = 0;
  private size_ = 0;
  private readonly cardsByOrg = new Map<string, number>();
  /** Waiting requests per card type and size (how many ask for that many cards). */
  private readonly sizesByType = new Map<string, Map<number, number>>();
  /**
   * Per card type and size, the waiting requests in a min-heap by time limit (gone entries
   * dropped lazily at the top): the shortest limit of each size, which tells a pass whether any
   * request of that size could backfill before the reservations (PassRun.noWaitingRequestFits).
   */
  private readonly byLimit = new Map<string, Map<number, Job[]>>();
  private submitSum = 0;
  /** Waiting overdue requests, so the overdue guard costs nothing when there are none. */
  private overdue_ = 0;

  constructor(jobs: Iterable<Job> = []) {
    const list = [...jobs];
    list.sort(bySubmit);
    for (const j of list) this.add(j, true);
    for (const byOrg of this.perClassOrg.values()) for (const q of byOrg.values()) q.sort(byOrgOrderKey);
  }

  get size(): number {
    return this.size_;
  }

  /** Adds a job; in the simulator jobs arrive in submit order, so submit order is an append. */
  add(job: Job, bulk = false): void {
    this.size_++;
    if (job.overdue) this.overdue_++;
    this.cardsByOrg.set(job.orgId, (this.cardsByOrg.get(job.orgId) ?? 0) + job.cards);
    let sizes = this.sizesByType.get(job.cardType);
    if (!sizes) {
      sizes = new Map();
      this.sizesByType.set(job.cardType, sizes);
    }
    sizes.set(job.cards, (sizes.get(job.cards) ?? 0) + 1);
    this.pushByLimit(job);
    this.submitSum += job.submitS;
    const s = this.submitOrder;
    if (s.length === 0 || bySubmit(s[s.length - 1]!, job) <= 0) s.push(job);
    else s.splice(upperBound(s, job, bySubmit), 0, job);
    if (job.cards > 1) {
      const g = this.gangOrder;
      if (g.length === 0 || bySubmit(g[g.length - 1]!, job) <= 0) g.push(job);
      else g.splice(upperBound(g, job, bySubmit), 0, job);
    }
    let byOrg = this.perClassOrg.get(job.rank);
    if (!byOrg) {
      byOrg = new Map();
      this.perClassOrg.set(job.rank, byOrg);
    }
    let q = byOrg.get(job.orgId);
    if (!q) {
      q = [];
      byOrg.set(job.orgId, q);
    }
    if (bulk) q.push(job);
    else q.splice(upperBound(q, job, byOrgOrderKey), 0, job);
  }

  remove(job: Job): void {
    if (this.gone.has(job)) return;
    this.gone.add(job);
    this.size_--;
    if (job.overdue) this.overdue_--;
    this.submitSum -= job.submitS;
    const left = (this.cardsByOrg.get(job.orgId) ?? 0) - job.cards;
    if (left > 0) this.cardsByOrg.set(job.orgId, left);
    else this.cardsByOrg.delete(job.orgId);
    const sizes = this.sizesByType.get(job.cardType)!;
    const same = sizes.get(job.cards)! - 1;
    if (same > 0) sizes.set(job.cards, same);
    else sizes.delete(job.cards);
    this.goneInSubmit++;
  }

  /**
   * Drops started jobs from the arrays once half of them are gone. Call between passes only:
   * a pass iterates the arrays and must not see them replaced under it.
   */
  maintain(): void {
    if (this.goneInSubmit > 64 && this.goneInSubmit * 2 > this.submitOrder.length) this.compact();
  }

  get overdueCount(): number {
    return this.overdue_;
  }

  isGone(job: Job): boolean {
    return this.gone.has(job);
  }

  *inSubmitOrder(): Generator<Job> {
    for (const j of this.submitOrder) if (!this.gone.has(j)) yield j;
  }

  /** Mean time the waiting requests have waited so far: the queue's own yardstick for "long". */
  meanWaitS(now: number): number {
    return this.size_ > 0 ? now - this.submitSum / this.size_ : 0;
  }

  /** Cards asked for by each organisation's waiting requests (its unmet demand). */
  pendingCardsByOrg(): ReadonlyMap<string, number> {
    return this.cardsByOrg;
  }

  /** Per card type, the sizes (cards) waiting requests ask for, with how many ask for each. */
  sizesWaiting(): ReadonlyMap<string, ReadonlyMap<number, number>> {
    return this.sizesByType;
  }

  /**
   * The shortest time limit among the waiting requests of this type and size that `cannotStart`
   * does not rule out; undefined = none. A pruned search of the heap: it descends only below
   * entries shorter than the best found, so it reads few entries beyond the ruled-out ones.
   */
  shortestLimitS(cardType: string, cards: number, cannotStart: (job: Job) => boolean): number | undefined {
    const heap = this.byLimit.get(cardType)?.get(cards);
    if (!heap) return undefined;
    while (heap.length > 0 && this.gone.has(heap[0]!)) popMin(heap);
    let best = Number.POSITIVE_INFINITY;
    const stack = heap.length > 0 ? [0] : [];
    while (stack.length > 0) {
      const i = stack.pop()!;
      const job = heap[i]!;
      if (job.limitS >= best) continue;
      if (!this.gone.has(job) && !cannotStart(job)) {
        best = job.limitS;
        continue;
      }
      if (2 * i + 1 < heap.length) stack.push(2 * i + 1);
      if (2 * i + 2 < heap.length) stack.push(2 * i + 2);
    }
    return best === Number.POSITIVE_INFINITY ? undefined : best;
  }

  private pushByLimit(job: Job): void {
    let bySize = this.byLimit.get(job.cardType);
    if (!bySize) this.byLimit.set(job.cardType, (bySize = new Map()));
    let heap = bySize.get(job.cards);
    if (!heap) bySize.set(job.cards, (heap = []));
    pushMin(heap, job);
  }

  *gangsInSubmitOrder(): Generator<Job> {
    for (const j of this.gangOrder) if (!this.gone.has(j)) yield j;
  }

  classRanksDescending(): number[] {
    return [...this.perClassOrg.keys()].sort((a, b) => b - a);
  }

  /** The organisations' queues of one class, smallest job first. Entries may be gone. */
  orgQueues(rank: number): Map<string, Job[]> {
    return this.perClassOrg.get(rank) ?? new Map();
  }

  private compact(): void {
    this.submitOrder = this.submitOrder.filter((j) => !this.gone.has(j));
    this.gangOrder = this.gangOrder.filter((j) => !this.gone.has(j));
    for (const [rank, byOrg] of this.perClassOrg) {
      for (const [org, q] of byOrg) {
        const kept = q.filter((j) => !this.gone.has(j));
        if (kept.length) byOrg.set(org, kept);
        else byOrg.delete(org);
      }
      if (byOrg.size === 0) this.perClassOrg.delete(rank);
    }
    // The limit heaps drop gone entries only at their top: rebuild them before `gone` forgets.
    this.byLimit.clear();
    for (const j of this.submitOrder) this.pushByLimit(j);
    this.gone.clear();
    this.goneInSubmit = 0;
  }
}

function upperBound(arr: Job[], job: Job, cmp: (a: Job, b: Job) => number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cmp(arr[mid]!, job) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Binary min-heap by time limit (ties in any order: only the top's limit is read). */
function pushMin(heap: Job[], job: Job): void {
  heap.push(job);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.limitS <= job.limitS) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = job;
}

function popMin(heap: Job[]): void {
  const last = heap.pop()!;
  if (heap.length === 0) return;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= heap.length) break;
    const r = l + 1;
    const m = r < heap.length && heap[r]!.limitS < heap[l]!.limitS ? r : l;
    if (heap[m]!.limitS >= last.limitS) break;
    heap[i] = heap[m]!;
    i = m;
  }
  heap[i] = last;
}
