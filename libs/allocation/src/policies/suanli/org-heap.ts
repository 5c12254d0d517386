import type { Job } from '../../model/job.js';

/** An organisation's queue during the fair-share walk, positioned on its next job. */
export interface OrgCursor {
  readonly orgId: string;
  readonly jobs: readonly Job[];
  next: number;
  /** The job the organisation offers next; undefined once its queue is exhausted. */
  head: Job | undefined;
  /** log2(load / share): how far over (> 0) or under (< 0) its fair share the organisation is. */
  fairShareLog: number;
  /** Added to the key: strict tiers (over share) and the small-organisation lane (negative). */
  tierOffset: number;
  /** Merge key: the head's orderKey plus fairShareLog. */
  key: number;
}

function before(a: OrgCursor, b: OrgCursor): boolean {
  if (a.key !== b.key) return a.key < b.key;
  const x = a.head!;
  const y = b.head!;
  if (x.submitS !== y.submitS) return x.submitS < y.submitS;
  if (x.seq !== y.seq) return x.seq < y.seq;
  return a.orgId < b.orgId;
}

/**
 * Min-heap of organisations by their next job's key: a k-way merge of the organisations'
 * queues where a job's aged size is scaled by its organisation's use of its fair share. Only the top changes per step (its next job or
 * its organisation's share), so one sift-down restores the order.
 */
export class OrgHeap {
  private readonly items: OrgCursor[] = [];

  constructor(cursors: OrgCursor[]) {
    for (const c of cursors) if (c.head) this.push(c);
  }

  get size(): number {
    return this.items.length;
  }

  top(): OrgCursor | undefined {
    return this.items[0];
  }

  /** The top's head or share changed: drop it if exhausted, else move it to its place. */
  topChanged(): void {
    const a = this.items;
    if (!a[0]!.head) {
      const last = a.pop()!;
      if (a.length === 0) return;
      a[0] = last;
    }
    this.siftDown(0);
  }

  private push(c: OrgCursor): void {
    const a = this.items;
    a.push(c);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const a = this.items;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && before(a[l]!, a[m]!)) m = l;
      if (r < a.length && before(a[r]!, a[m]!)) m = r;
      if (m === i) return;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
  }
}
