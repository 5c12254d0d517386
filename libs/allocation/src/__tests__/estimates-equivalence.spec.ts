import fc from 'fast-check';
import type { NodeSpec, OrgSpec, PendingRequest, PolicyName, PriorityClass, RunningAllocation, ScheduleInput } from '../index.js';
import type { Job } from '../model/job.js';
import { earliestFit } from '../placement/fit.js';
import { ProfileIndex } from '../placement/profile-index.js';
import type { ReservationBook } from '../placement/reservations.js';
import { estimateStarts } from '../plan/estimates.js';
import { runPass } from '../plan/schedule.js';
import { referenceEarliestFit, referenceEstimateStarts } from './reference-estimates.js';

/**
 * The start estimates (ProfileIndex, cached quota releases) must equal the straightforward
 * algorithm they replaced (reference-estimates.ts), job for job: the same start and the same
 * domains booked, over random clusters, running work, reservations and queues. Times come from
 * small grids so that ends, starts and durations often coincide (the tie-breaks matter).
 */
const NOW = 1000;
const ORGS = ['a', 'b', 'c', 'd'];
const TYPES = [
  { name: 'x', domainSize: 8 },
  { name: 'y', domainSize: 4 },
];

interface NodeShape {
  type: number;
  domains: number;
  drained: number[];
}

const nodeArb = fc.record({
  type: fc.constantFrom(0, 0, 0, 1),
  domains: fc.constantFrom(1, 1, 2),
  drained: fc.array(fc.nat(15), { maxLength: 2 }),
});

const timeArb = fc.oneof(fc.constantFrom(100, 200, 300, 600, 900, 1200), fc.integer({ min: 1, max: 5000 }));

const requestArb = fc.record({
  org: fc.constantFrom(...ORGS),
  type: fc.constantFrom(0, 0, 0, 1),
  cards: fc.constantFrom(1, 1, 1, 1, 2, 3, 4, 4, 8, 8, 12, 16, 16, 24, 32),
  durationS: timeArb,
  submitAgo: fc.integer({ min: 0, max: 200_000 }),
  priority: fc.constantFrom<PriorityClass>('ADAPTATION', 'STANDARD', 'STANDARD', 'STANDARD', 'URGENT'),
  preemptible: fc.boolean(),
  earliestIn: fc.option(timeArb, { nil: null, freq: 6 }),
});

const worldArb = fc.record({
  nodes: fc.array(nodeArb, { minLength: 1, maxLength: 10 }),
  /** Per domain: how busy (0 = idle) and the ends of its running pieces. */
  busy: fc.array(fc.record({ fill: fc.integer({ min: 0, max: 8 }), pieces: fc.array(fc.tuple(fc.constantFrom(1, 1, 2, 4), timeArb, fc.constantFrom(...ORGS)), { maxLength: 8 }) }), {
    maxLength: 20,
  }),
  gangEnds: fc.array(timeArb, { maxLength: 3 }),
  notice: fc.array(fc.tuple(fc.nat(40), timeArb), { maxLength: 2 }),
  requests: fc.array(requestArb, { maxLength: 60 }),
  quotas: fc.tuple(fc.option(fc.integer({ min: 4, max: 40 }), { nil: null }), fc.option(fc.integer({ min: 1, max: 16 }), { nil: null })),
});

type World = typeof worldArb extends fc.Arbitrary<infer W> ? W : never;

function inputOf(world: World): ScheduleInput {
  const nodes: NodeSpec[] = world.nodes.map((shape: NodeShape, n) => {
    const { name, domainSize } = TYPES[shape.type]!;
    return {
      id: `n${n}`,
      cardType: name,
      domainSize,
      cards: Array.from({ length: domainSize * shape.domains }, (_, c) => ({
        id: `n${n}c${c}`,
        domainId: `d${Math.floor(c / domainSize)}`,
        healthy: !shape.drained.includes(c),
      })),
    };
  });
  // Free healthy cards per domain, in order; running work takes them piece by piece.
  const domains = nodes.flatMap((node) => {
    const byDomain = new Map<string, string[]>();
    for (const c of node.cards) if (c.healthy) byDomain.set(c.domainId, [...(byDomain.get(c.domainId) ?? []), c.id]);
    return [...byDomain.values()].map((cards) => ({ cardType: node.cardType, cards, whole: cards.length === node.domainSize }));
  });
  const running: RunningAllocation[] = [];
  const run = (cardIds: string[], cardType: string, end: number, orgId: string) =>
    running.push({
      requestId: `run${running.length}`,
      orgId,
      cardType,
      cardIds,
      startS: NOW - 50,
      endS: NOW + end,
      priority: running.length % 3 === 0 ? 'ADAPTATION' : 'STANDARD',
      preemptible: running.length % 2 === 0,
    });
  // A few gangs over two whole domains of the same type first.
  world.gangEnds.forEach((end, g) => {
    const pair = domains.filter((d) => d.whole && d.cards.length > 0 && d.cardType === domains[g % domains.length]!.cardType).slice(0, 2);
    if (pair.length < 2) return;
    run(pair.flatMap((d) => d.cards.splice(0)), pair[0]!.cardType, end, ORGS[g % ORGS.length]!);
  });
  world.busy.forEach((b, i) => {
    const d = domains[i % domains.length]!;
    let budget = b.fill;
    for (const [size, end, org] of b.pieces) {
      const take = Math.min(size, budget, d.cards.length);
      if (take <= 0) break;
      budget -= take;
      run(d.cards.splice(0, take), d.cardType, end, org);
    }
  });
  for (const [which, at] of world.notice) {
    const victim = running[which % Math.max(1, running.length)];
    if (victim && victim.preemptible) {
      victim.preemptAtS = NOW + at;
      victim.preemptedForRequestId = 'w0';
    }
  }
  const pending: PendingRequest[] = world.requests.map((r, i) => ({
    id: `w${i}`,
    orgId: r.org,
    cards: r.cards,
    cardType: TYPES[r.type]!.name,
    durationS: r.durationS,
    submitS: NOW - r.submitAgo,
    priority: r.priority,
    preemptible: r.preemptible,
    earliestStartS: r.earliestIn == null ? null : NOW + r.earliestIn,
  }));
  const orgs: OrgSpec[] = ORGS.map((id, i) => ({ id, weight: 1 + (i % 2), quotaCards: i < 2 ? world.quotas[i] : null, usageCardSeconds: i * 40_000 }));
  return { nowS: NOW, nodes, running, pending, orgs };
}

/** Start and booked domains of every waiting job, by id. */
function booked(order: readonly Job[], estimates: Map<Job, number | null>, book: ReservationBook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const job of order) {
    const res = book.byJob.get(job.id);
    out[job.id] = { start: estimates.get(job), domains: res ? res.domains.map((d) => d.key) : null, resStart: res?.startS ?? null };
  }
  return out;
}

describe.each(['suanli', 'easy', 'fifo'] as PolicyName[])('%s: start estimates equal the reference algorithm', (policy) => {
  it('same start and same domains for every waiting request', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        const input = inputOf(world);
        const fast = runPass(input, policy);
        const slow = runPass(input, policy);
        const got = booked(fast.order, estimateStarts(fast.ctx, fast.order, fast.outcome.book), fast.outcome.book);
        const want = booked(slow.order, referenceEstimateStarts(slow.ctx, slow.order, slow.outcome.book), slow.outcome.book);
        expect(got).toEqual(want);
      }),
      { numRuns: 150, seed: 20261126 },
    );
  });
});

interface Query {
  type: number;
  cards: number;
  durationS: number;
  fromIn: number;
}

/**
 * Asks the fast search and the reference the same queries on the same world, booking each
 * answer in its own book before the next, so later answers also compare what earlier bookings
 * did. `index`: the estimates' ProfileIndex; `pass`: the pass's own earliestFit on the book
 * (reading the cluster state's readyAt / idleAt rows).
 */
function answersMatchReference(world: World, queries: Query[], search: 'index' | 'pass'): void {
  const input = { ...inputOf(world), pending: [] };
  const fast = runPass(input, 'suanli');
  const slow = runPass(input, 'suanli');
  const index = new ProfileIndex(fast.outcome.book, NOW);
  queries.forEach((q, i) => {
    const a = fast.ctx.state.type(TYPES[q.type]!.name);
    const b = slow.ctx.state.type(TYPES[q.type]!.name);
    if (!a || !b) return;
    const from = NOW + q.fromIn;
    const got = search === 'index' ? index.earliestFit(a, q.cards, q.durationS, from) : earliestFit(a, q.cards, q.durationS, from, fast.outcome.book);
    const want = referenceEarliestFit(b, q.cards, q.durationS, from, slow.outcome.book);
    expect(got && { startS: got.startS, domains: got.domains.map((d) => d.key) }).toEqual(want && { startS: want.startS, domains: want.domains.map((d) => d.key) });
    if (got && search === 'index') index.book(a, `q${i}`, got.startS, q.durationS, got.domains, q.cards);
    if (got && search === 'pass') fast.outcome.book.add(`q${i}`, got.startS, q.durationS, got.domains, q.cards);
    if (want) slow.outcome.book.add(`q${i}`, want.startS, q.durationS, want.domains, q.cards);
  });
}

/** Any request size, duration (including the odd ones) and start. */
const anyQueryArb = fc.record({
  type: fc.constantFrom(0, 0, 1),
  cards: fc.constantFrom(1, 1, 2, 3, 4, 5, 8, 12, 16, 24),
  durationS: fc.oneof(timeArb, fc.constantFrom(0, 0.5, 1, 1e7)),
  fromIn: fc.oneof(fc.constant(0), timeArb),
});

/** Gangs with durations sharing a duration class, mostly from now. */
const gangQueryArb = fc.record({
  type: fc.constantFrom(0, 0, 1),
  cards: fc.constantFrom(8, 12, 16, 16, 24, 32),
  durationS: fc.constantFrom(260, 300, 400, 500, 511, 600, 1000),
  fromIn: fc.constantFrom(0, 0, 0, 0, 300),
});

describe.each(['index', 'pass'] as const)('earliestFit (%s)', (search) => {
  const check = (world: World, queries: Query[]) => answersMatchReference(world, queries, search);

  it('equals the reference for any start time and booking sequence', () => {
    fc.assert(fc.property(worldArb, fc.array(anyQueryArb, { minLength: 1, maxLength: 40 }), check), { numRuns: 200, seed: 20261127 });
  });

  it('equals the reference for gang after gang (durations sharing a class, answers reused as bounds)', () => {
    fc.assert(fc.property(worldArb, fc.array(gangQueryArb, { minLength: 2, maxLength: 30 }), check), { numRuns: 300, seed: 20261128 });
  });
});
