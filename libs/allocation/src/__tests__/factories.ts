import type { NodeSpec, OrgSpec, PendingRequest, PriorityClass, RunningAllocation } from '../model/types.js';
import { mulberry32 } from '../simulator/prng.js';
import type { TraceJob } from '../simulator/trace-csv.js';

/** Nodes of `cardsPerNode` cards split into domains of `domainSize`; card ids are n{node}c{card}. */
export function nodes(count: number, cardsPerNode = 8, domainSize = 8, cardType = '910B', drained: readonly string[] = []): NodeSpec[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `n${n}`,
    cardType,
    domainSize,
    cards: Array.from({ length: cardsPerNode }, (_, c) => ({
      id: `n${n}c${c}`,
      domainId: `d${Math.floor(c / domainSize)}`,
      healthy: !drained.includes(`n${n}c${c}`),
    })),
  }));
}

export function request(id: string, over: Partial<PendingRequest> = {}): PendingRequest {
  return { id, orgId: 'org', cards: 1, cardType: '910B', durationS: 3600, submitS: 0, priority: 'STANDARD', preemptible: false, ...over };
}

export function running(requestId: string, cardIds: string[], over: Partial<RunningAllocation> = {}): RunningAllocation {
  return { requestId, orgId: 'org', cardType: '910B', cardIds, startS: 0, endS: 3600, priority: 'STANDARD' as PriorityClass, preemptible: false, ...over };
}

export function org(id: string, over: Partial<OrgSpec> = {}): OrgSpec {
  return { id, weight: 1, usageCardSeconds: 0, ...over };
}

export function cardsOf(node: number, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `n${node}c${from + i}`);
}

/**
 * A seeded overloaded stream for small clusters: 1-16-card requests from five organisations,
 * time limits 1-4x the run time; with `classes`, URGENT and preemptible ADAPTATION work too.
 */
export function busyTrace(seed: number, jobs: number, classes: boolean): TraceJob[] {
  const rand = mulberry32(seed);
  const sizes = [1, 1, 1, 2, 4, 8, 16];
  return Array.from({ length: jobs }, (_, i) => {
    const durationS = 60 + Math.floor(rand() * 3000);
    const limitS = durationS * (1 + Math.floor(rand() * 4));
    const cards = sizes[Math.floor(rand() * sizes.length)]!;
    const priority: PriorityClass = !classes ? 'STANDARD' : i % 9 === 0 ? 'URGENT' : i % 3 === 0 ? 'ADAPTATION' : 'STANDARD';
    return { id: `j${i}`, org: `o${i % 5}`, submitS: Math.floor(i * 20 + rand() * 10), durationS, limitS, cards, priority, preemptible: classes && i % 3 === 0, line: i + 2 };
  });
}
