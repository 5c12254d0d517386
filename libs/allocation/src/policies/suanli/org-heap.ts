import type { Job } from '../../model/job.js';

/** An organisation's queue during the fair-share walk. */
export interface OrgCursor {
  readonly orgId: string;
  readonly jobs: readonly Job[];
  next: number;
  /** Cards held plus recent average usage, per unit of weight: lower is served first. */
  load: number;
}

function before(a: OrgCursor, b: OrgCursor): boolean {
  return a.load < b.load || (a.load === b.load && a.orgId < b.orgId);
}

/**
 * Min-heap of organisations by fair-share load. Only the top organisation's load changes
 * (when one of its jobs starts), so one sift-down restores the order.
 */
export class OrgHeap {
  private readonly items: OrgCursor[] = [];

  constructor(cursors: OrgCursor[]) {
    for (const c of cursors) this.push(c);
  }

  get size(): number {
    return this.items.length;
  }

  top(): OrgCursor | undefined {
    return this.items[0];
  }

  pop(): void {
    const last = this.items.pop()!;
    if (this.items.length) {
      this.items[0] = last;
      this.siftDown(0);
    }
  }

  /** The top organisation's load went up: move it to its place. */
  topChanged(): void {
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
