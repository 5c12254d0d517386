import type { NodeSpec } from '../model/types.js';
import { DomainBucket } from './domain-bucket.js';

/** One running allocation's share of one domain. */
export interface AllocationPart {
  readonly alloc: Allocation;
  readonly domain: Domain;
  readonly slots: number[];
  /** Slots that come back to the pool when the allocation ends (drained cards do not). */
  returning: number;
}

export interface Allocation {
  readonly requestId: string;
  readonly orgId: string;
  readonly cardType: string;
  readonly rank: number;
  readonly preemptible: boolean;
  readonly startS: number;
  /** Time limit end: the work is stopped here at the latest. */
  readonly limitEndS: number;
  /**
   * When the plan expects the work to end: the time limit, or a predicted run time's end
   * (never later than the limit). A prediction that runs out while the work still runs is
   * moved later (replan), never below now.
   */
  plannedEndS: number;
  /** End the plan books: plannedEndS, or earlier when under preemption notice. */
  endS: number;
  preemptAtS: number | null;
  readonly parts: AllocationPart[];
  readonly heldCards: number;
}

export class Domain {
  readonly cardIds: string[] = [];
  readonly healthy: boolean[] = [];
  readonly holder: (Allocation | null)[] = [];
  readonly parts: AllocationPart[] = [];
  capacity = 0;
  free = 0;
  /** Reservations of the current pass (see ReservationBook); stale when holdBook is another book. */
  holdBook: object | null = null;
  holds: unknown[] = [];
  /** Position among the domains of its card type (bucket bit, best-fit tie-break). */
  slot = 0;
  constructor(
    readonly index: number,
    readonly key: string,
    readonly nodeId: string,
    readonly cardType: string,
    readonly size: number,
  ) {}

  /** Keeps parts sorted by end, so the questions below are one walk without sorting. */
  insertPart(part: AllocationPart): void {
    const parts = this.parts;
    let i = parts.length;
    while (i > 0 && parts[i - 1]!.alloc.endS > part.alloc.endS) i--;
    parts.splice(i, 0, part);
  }

  /** Free cards at time t if nothing new starts: running work returns its healthy cards at its end. */
  freeAt(t: number): number {
    let free = this.free;
    for (const p of this.parts) {
      if (p.alloc.endS > t) break;
      free += p.returning;
    }
    return free;
  }

  /** Time by which every running allocation on this domain has ended. */
  lastEnd(now: number): number {
    const last = this.parts[this.parts.length - 1];
    return last ? Math.max(now, last.alloc.endS) : now;
  }

  /** Earliest time at least k cards are free, ignoring reservations; Infinity if never. */
  earliestFree(k: number, now: number): number {
    if (this.free >= k) return now;
    if (this.capacity < k) return Number.POSITIVE_INFINITY;
    let free = this.free;
    for (const p of this.parts) {
      free += p.returning;
      if (free >= k) return Math.max(p.alloc.endS, now);
    }
    return Number.POSITIVE_INFINITY;
  }

  /** Whole-domain placement needs every card of the domain healthy (fixed once built). */
  whole = false;
}

/** Per card type: domains bucketed by free cards, so best-fit is a short walk up the buckets. */
export class TypeIndex {
  readonly domains: Domain[] = [];
  /** Domains that can host part of a multi-domain gang. */
  wholeList: Domain[] = [];
  /** Slots of wholeList, in the same order. */
  wholeSlots = new Int32Array(0);
  buckets: DomainBucket<Domain>[] = [];
  domainSize = 0;
  maxCapacity = 0;
  healthyCards = 0;
  wholeDomains = 0;
  /**
   * readyAt[k * domains + slot]: the earliest time k cards of the domain are free if nothing new
   * starts (its earliestFree without the clip at now): -Infinity when they are free now, the
   * end of the running allocation that frees the k-th card, +Infinity above its capacity.
   * idleAt[slot]: the end of its last running allocation (its lastEnd), -Infinity when idle.
   * The earliest-fit searches scan every domain of the type several times a pass; reading
   * these flat arrays instead of each domain's allocations keeps that scan in a few cache
   * lines. Kept current by ClusterState whenever a domain's running work changes (refresh).
   */
  readyAt = new Float64Array(0);
  idleAt = new Float64Array(0);
  constructor(readonly cardType: string) {}

  seal(): void {
    this.domains.forEach((d, i) => (d.slot = i));
    this.buckets = Array.from({ length: this.maxCapacity + 1 }, () => new DomainBucket(this.domains));
    for (const d of this.domains) this.buckets[d.free]!.add(d);
    this.wholeSlots = Int32Array.from(this.wholeList, (d) => d.slot);
    this.readyAt = new Float64Array((this.maxCapacity + 1) * this.domains.length);
    this.idleAt = new Float64Array(this.domains.length);
    for (const d of this.domains) this.refresh(d);
  }

  /** Rewrites the domain's readyAt and idleAt after its free cards or running work changed. */
  refresh(d: Domain): void {
    const n = this.domains.length;
    const ready = this.readyAt;
    let k = 0;
    for (; k <= this.maxCapacity && k <= d.free; k++) ready[k * n + d.slot] = Number.NEGATIVE_INFINITY;
    let free = d.free;
    for (const p of d.parts) {
      free += p.returning;
      for (; k <= this.maxCapacity && k <= free; k++) ready[k * n + d.slot] = p.alloc.endS;
    }
    for (; k <= this.maxCapacity; k++) ready[k * n + d.slot] = Number.POSITIVE_INFINITY;
    const last = d.parts[d.parts.length - 1];
    this.idleAt[d.slot] = last ? last.alloc.endS : Number.NEGATIVE_INFINITY;
  }

  maxFree(): number {
    for (let f = this.maxCapacity; f > 0; f--) if (this.buckets[f]!.size > 0) return f;
    return 0;
  }
}

/**
 * Mutable picture of the cluster during a pass: which card is held by whom and until when.
 * schedule() builds one from its input; the simulator keeps one across passes (same methods,
 * same policy code, no rebuild per pass).
 */
export class ClusterState {
  readonly domains: Domain[] = [];
  readonly types = new Map<string, TypeIndex>();
  readonly allocations = new Map<string, Allocation>();
  readonly orgHeld = new Map<string, number>();
  /** Running preemptible allocations per class rank, so a full cluster can skip the pass. */
  private readonly preemptibleByRank = new Map<number, number>();
  private readonly cardLocation = new Map<string, { domain: Domain; slot: number }>();

  constructor(nodes: readonly NodeSpec[]) {
    const byKey = new Map<string, Domain>();
    for (const node of nodes) {
      let type = this.types.get(node.cardType);
      if (!type) {
        type = new TypeIndex(node.cardType);
        this.types.set(node.cardType, type);
      }
      type.domainSize = Math.max(type.domainSize, node.domainSize);
      for (const card of node.cards) {
        const key = `${node.id}\u0000${card.domainId}`;
        let domain = byKey.get(key);
        if (!domain) {
          domain = new Domain(this.domains.length, key, node.id, node.cardType, node.domainSize);
          byKey.set(key, domain);
          this.domains.push(domain);
          type.domains.push(domain);
        }
        this.cardLocation.set(card.id, { domain, slot: domain.cardIds.length });
        domain.cardIds.push(card.id);
        domain.healthy.push(card.healthy);
        domain.holder.push(null);
        if (card.healthy) {
          domain.capacity++;
          domain.free++;
          type.healthyCards++;
        }
      }
    }
    for (const type of this.types.values()) {
      for (const d of type.domains) {
        type.maxCapacity = Math.max(type.maxCapacity, d.capacity);
        d.whole = d.capacity === d.size && d.cardIds.length === d.size;
        if (d.whole) {
          type.wholeDomains++;
          type.wholeList.push(d);
        }
      }
      type.seal();
    }
  }

  type(cardType: string): TypeIndex | undefined {
    return this.types.get(cardType);
  }

  held(orgId: string): number {
    return this.orgHeld.get(orgId) ?? 0;
  }

  /** Takes the given cards (by id); unknown or doubly-held cards are an input error. */
  adoptRunning(
    spec: { requestId: string; orgId: string; cardType: string; rank: number; preemptible: boolean; startS: number; endS: number; limitEndS?: number; preemptAtS: number | null },
    cardIds: readonly string[],
  ): Allocation {
    const byDomain = new Map<Domain, number[]>();
    for (const id of cardIds) {
      const loc = this.cardLocation.get(id);
      if (!loc) throw new Error(`running allocation ${spec.requestId} holds unknown card ${id}`);
      if (loc.domain.holder[loc.slot]) throw new Error(`card ${id} is held by two allocations`);
      const slots = byDomain.get(loc.domain) ?? [];
      slots.push(loc.slot);
      byDomain.set(loc.domain, slots);
    }
    return this.hold(spec, [...byDomain.entries()]);
  }

  /** Starts a request on domains: k cards in one domain, or every card of each whole domain. */
  allocate(
    spec: { requestId: string; orgId: string; cardType: string; rank: number; preemptible: boolean; startS: number; endS: number; limitEndS?: number },
    domains: readonly Domain[],
    cards: number,
  ): Allocation {
    const picks: [Domain, number[]][] = [];
    for (const d of domains) {
      const want = domains.length === 1 && cards <= d.size ? cards : d.cardIds.length;
      const slots: number[] = [];
      for (let s = 0; s < d.cardIds.length && slots.length < want; s++) {
        if (d.healthy[s] && !d.holder[s]) slots.push(s);
      }
      if (slots.length < want) throw new Error(`domain ${d.key} cannot hold ${want} cards`);
      picks.push([d, slots]);
    }
    return this.hold({ ...spec, preemptAtS: null }, picks);
  }

  private hold(
    spec: { requestId: string; orgId: string; cardType: string; rank: number; preemptible: boolean; startS: number; endS: number; limitEndS?: number; preemptAtS: number | null },
    picks: [Domain, number[]][],
  ): Allocation {
    const parts: AllocationPart[] = [];
    const alloc: Allocation = {
      requestId: spec.requestId,
      orgId: spec.orgId,
      cardType: spec.cardType,
      rank: spec.rank,
      preemptible: spec.preemptible,
      startS: spec.startS,
      limitEndS: Math.max(spec.limitEndS ?? spec.endS, spec.endS),
      plannedEndS: spec.endS,
      endS: spec.preemptAtS != null ? Math.min(spec.endS, spec.preemptAtS) : spec.endS,
      preemptAtS: spec.preemptAtS,
      parts,
      heldCards: 0,
    };
    let held = 0;
    for (const [domain, slots] of picks) {
      let returning = 0;
      for (const s of slots) {
        domain.holder[s] = alloc;
        if (domain.healthy[s]) returning++;
      }
      held += slots.length;
      const part: AllocationPart = { alloc, domain, slots, returning };
      parts.push(part);
      domain.insertPart(part);
      this.setFree(domain, domain.free - returning);
    }
    (alloc as { heldCards: number }).heldCards = held;
    this.allocations.set(alloc.requestId, alloc);
    this.orgHeld.set(alloc.orgId, this.held(alloc.orgId) + held);
    if (alloc.preemptible) this.preemptibleByRank.set(alloc.rank, (this.preemptibleByRank.get(alloc.rank) ?? 0) + 1);
    return alloc;
  }

  release(requestId: string): Allocation | undefined {
    const alloc = this.allocations.get(requestId);
    if (!alloc) return undefined;
    for (const part of alloc.parts) {
      const d = part.domain;
      for (const s of part.slots) d.holder[s] = null;
      d.parts.splice(d.parts.indexOf(part), 1);
      this.setFree(d, d.free + part.returning);
    }
    this.allocations.delete(requestId);
    this.orgHeld.set(alloc.orgId, this.held(alloc.orgId) - alloc.heldCards);
    if (alloc.preemptible) this.preemptibleByRank.set(alloc.rank, this.preemptibleByRank.get(alloc.rank)! - 1);
    return alloc;
  }

  /** Is there running preemptible work of a class below `rank`? */
  hasPreemptibleBelow(rank: number): boolean {
    for (const [r, n] of this.preemptibleByRank) if (r < rank && n > 0) return true;
    return false;
  }

  /** Marks an allocation as under notice: from now on it counts as ending at preemptAtS. */
  givePreemptionNotice(alloc: Allocation, preemptAtS: number): void {
    alloc.preemptAtS = preemptAtS;
    alloc.endS = Math.min(alloc.plannedEndS, preemptAtS);
    this.resort(alloc);
  }

  /**
   * A prediction ran out while the work still runs: the plan expects it until plannedEndS now
   * (at most its limit). Reservations are rebuilt every pass from this picture, so the
   * schedule repairs itself on the next pass; the order that made them does not change.
   */
  replan(alloc: Allocation, plannedEndS: number): void {
    alloc.plannedEndS = Math.min(plannedEndS, alloc.limitEndS);
    alloc.endS = alloc.preemptAtS != null ? Math.min(alloc.plannedEndS, alloc.preemptAtS) : alloc.plannedEndS;
    this.resort(alloc);
  }

  private resort(alloc: Allocation): void {
    for (const p of alloc.parts) {
      p.domain.parts.sort((a, b) => a.alloc.endS - b.alloc.endS);
      this.types.get(p.domain.cardType)!.refresh(p.domain);
    }
  }

  /** Takes a notice back: the allocation counts as running to its time limit again. */
  withdrawNotice(requestId: string): void {
    const alloc = this.allocations.get(requestId);
    if (!alloc || alloc.preemptAtS == null) return;
    alloc.preemptAtS = null;
    alloc.endS = alloc.plannedEndS;
    this.resort(alloc);
  }

  cardIdsOf(alloc: Allocation): string[] {
    const ids: string[] = [];
    for (const p of alloc.parts) for (const s of p.slots) ids.push(p.domain.cardIds[s]!);
    return ids;
  }

  private setFree(d: Domain, free: number): void {
    const type = this.types.get(d.cardType)!;
    type.buckets[d.free]!.delete(d);
    d.free = free;
    type.buckets[free]!.add(d);
    // Callers change the domain's running work first (insertPart, splice), then its free cards.
    type.refresh(d);
  }
}
