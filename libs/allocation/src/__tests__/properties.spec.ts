import fc from 'fast-check';
import { schedule, explainWait, type NodeSpec, type PendingRequest, type PolicyConfig, type PolicyName, type RunningAllocation, type ScheduleInput } from '../index.js';

/**
 * Drives schedule() the way the API does (whole state each pass, passes at every submit and
 * end) over random clusters and request streams, checking the invariants after every pass.
 */
interface World {
  nodes: NodeSpec[];
  requests: PendingRequest[];
  quotas: Record<string, number | null>;
}

const ORGS = ['a', 'b', 'c'];

const worldArb: fc.Arbitrary<World> = fc
  .record({
    nodeCount: fc.integer({ min: 1, max: 4 }),
    cardsPerNode: fc.constantFrom(4, 8, 16),
    drainedMask: fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }),
    quotaA: fc.option(fc.integer({ min: 8, max: 24 }), { nil: null }),
    requests: fc.array(
      fc.record({
        org: fc.constantFrom(...ORGS),
        cards: fc.constantFrom(1, 1, 1, 2, 4, 8, 16),
        durationS: fc.integer({ min: 1, max: 2000 }),
        submitS: fc.integer({ min: 0, max: 3000 }),
        priority: fc.constantFrom('ADAPTATION', 'STANDARD', 'STANDARD', 'URGENT' as const),
        preemptible: fc.boolean(),
      }),
      { minLength: 1, maxLength: 20 },
    ),
  })
  .map(({ nodeCount, cardsPerNode, drainedMask, quotaA, requests }) => {
    const domainSize = Math.min(8, cardsPerNode);
    const nodes: NodeSpec[] = Array.from({ length: nodeCount }, (_, n) => ({
      id: `n${n}`,
      cardType: 't',
      domainSize,
      cards: Array.from({ length: cardsPerNode }, (_, c) => ({
        id: `n${n}c${c}`,
        domainId: `d${Math.floor(c / domainSize)}`,
        // Drain a few cards, but keep the first node whole so every 1-card request can run.
        healthy: n === 0 || !drainedMask[(n * 16 + c) % 64] || (n * 16 + c) % 5 !== 0,
      })),
    }));
    return {
      nodes,
      quotas: { a: quotaA, b: null, c: null },
      requests: requests.map((r, i) => ({
        id: `r${i}`,
        orgId: r.org,
        cards: r.cards,
        cardType: 't',
        durationS: r.durationS,
        submitS: r.submitS,
        priority: r.priority as PendingRequest['priority'],
        preemptible: r.preemptible,
      })),
    };
  });

function fitsEver(world: World, req: PendingRequest): boolean {
  const quota = world.quotas[req.orgId];
  const byDomain = new Map<string, number>();
  let size = 8;
  for (const n of world.nodes) {
    size = n.domainSize;
    for (const c of n.cards) if (c.healthy) byDomain.set(`${n.id}/${c.domainId}`, (byDomain.get(`${n.id}/${c.domainId}`) ?? 0) + 1);
  }
  const held = req.cards <= size ? req.cards : Math.ceil(req.cards / size) * size;
  if (quota != null && held > quota) return false;
  if (req.cards <= size) return [...byDomain.values()].some((v) => v >= req.cards);
  return [...byDomain.values()].filter((v) => v === size).length >= Math.ceil(req.cards / size);
}

function replay(world: World, policy: PolicyName, config?: Partial<PolicyConfig>): void {
  const domainOf = new Map<string, string>();
  const healthy = new Map<string, boolean>();
  for (const n of world.nodes) for (const c of n.cards) {
    domainOf.set(c.id, `${n.id}/${c.domainId}`);
    healthy.set(c.id, c.healthy);
  }
  const size = world.nodes[0]!.domainSize;
  const feasible = world.requests.filter((r) => fitsEver(world, r));
  const pendingAll = [...feasible];
  const started = new Set<string>();
  let running: RunningAllocation[] = [];
  let now = 0;
  for (let guard = 0; guard < 2000; guard++) {
    running = running.filter((r) => Math.min(r.endS, r.preemptAtS ?? Infinity) > now);
    // Preempted work goes back to the queue.
    const pending = pendingAll.filter((r) => r.submitS <= now && !running.some((x) => x.requestId === r.id) && !(started.has(r.id) && !wasPreempted(r.id)));
    const input: ScheduleInput = {
      nowS: now,
      nodes: world.nodes,
      running,
      pending,
      orgs: ORGS.map((id) => ({ id, weight: 1, quotaCards: world.quotas[id] ?? null, usageCardSeconds: 0 })),
      ...(config ? { config } : {}),
    };
    const plan = schedule(input, policy);
    // Same input, same plan.
    expect(schedule(input, policy)).toEqual(plan);
    for (const p of plan.preemptions) {
      const victim = running.find((r) => r.requestId === p.requestId)!;
      expect(victim.preemptible).toBe(true);
      expect(p.preemptAtS).toBeGreaterThan(now);
      victim.preemptAtS = p.preemptAtS;
      victim.preemptedForRequestId = p.forRequestId;
      preempted.add(victim.requestId);
    }
    for (const s of plan.starts) {
      const req = pending.find((r) => r.id === s.requestId)!;
      expect(req).toBeDefined();
      // Gangs are whole: one domain, or whole domains only.
      const domains = new Set(s.cardIds.map((c) => domainOf.get(c)));
      if (req.cards <= size) {
        expect(s.cardIds).toHaveLength(req.cards);
        expect(domains.size).toBe(1);
      } else {
        expect(domains.size).toBe(Math.ceil(req.cards / size));
        expect(s.cardIds).toHaveLength(domains.size * size);
      }
      for (const c of s.cardIds) expect(healthy.get(c)).toBe(true);
      running.push({ requestId: req.id, orgId: req.orgId, cardType: 't', cardIds: s.cardIds, startS: now, endS: now + req.durationS, priority: req.priority, preemptible: req.preemptible });
      started.add(req.id);
      preempted.delete(req.id);
    }
    // No card held twice; quotas hold.
    const holders = running.flatMap((r) => r.cardIds);
    expect(new Set(holders).size).toBe(holders.length);
    for (const o of ORGS) {
      const quota = world.quotas[o];
      if (quota != null) expect(running.filter((r) => r.orgId === o).reduce((s, r) => s + r.cardIds.length, 0)).toBeLessThanOrEqual(quota);
    }
    // Every waiting request has a position, an explainable reason and a sane estimate.
    for (const w of plan.waiting) {
      expect(w.position).toBeGreaterThanOrEqual(1);
      if (w.estimatedStartS != null) expect(w.estimatedStartS).toBeGreaterThanOrEqual(now);
      expect(explainWait(w.reason, 'en').length).toBeGreaterThan(0);
    }
    const next = Math.min(
      ...pendingAll.filter((r) => r.submitS > now).map((r) => r.submitS),
      ...running.map((r) => Math.min(r.endS, r.preemptAtS ?? Infinity)),
    );
    if (!Number.isFinite(next)) break;
    now = next;
  }
  // Every request of the finite stream that can ever fit has started and is not left preempted.
  for (const r of feasible) expect(started.has(r.id) && !preempted.has(r.id)).toBe(true);

  function wasPreempted(id: string): boolean {
    return preempted.has(id);
  }
}

const preempted = new Set<string>();

describe.each(['suanli', 'easy', 'fifo'] as const)('%s invariants over random clusters and streams', (policy) => {
  it('no card twice, whole gangs in domains, quotas, determinism, everyone starts', () => {
    fc.assert(
      fc.property(worldArb, (world) => {
        preempted.clear();
        replay(world, policy);
      }),
      { numRuns: 60, seed: 20261125 },
    );
  });
});

describe.each([{ placement: 'end-aligned' }, { placement: 'end-aligned-tightest' }, { placement: 'shadow-else-best-fit' }] as const)(
  'suanli with %o: same invariants',
  (config) => {
    it('no card twice, whole gangs in domains, quotas, determinism, everyone starts', () => {
      fc.assert(
        fc.property(worldArb, (world) => {
          preempted.clear();
          replay(world, 'suanli', config);
        }),
        { numRuns: 60, seed: 20261125 },
      );
    });
  },
);
