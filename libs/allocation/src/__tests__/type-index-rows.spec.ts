import { simulateTrace } from '../index.js';
import type { ClusterState } from '../placement/cluster-state.js';
import { busyTrace } from './factories.js';

/**
 * TypeIndex.readyAt / idleAt are kept by the cluster state as running work starts, ends, is
 * replanned (predictions) or gets preemption notice; the earliest-fit searches trust them.
 * After every pass of a simulation that does all of these they must equal what the domains'
 * own running work says.
 */
function rowsProblems(state: ClusterState): string[] {
  const problems: string[] = [];
  for (const type of state.types.values()) {
    const n = type.domains.length;
    for (const d of type.domains) {
      for (let k = 0; k <= type.maxCapacity; k++) {
        const want = d.earliestFree(k, Number.NEGATIVE_INFINITY);
        const got = type.readyAt[k * n + d.slot];
        if (got !== want) problems.push(`${d.key} k=${k}: readyAt ${got}, running work says ${want}`);
      }
      const idle = d.lastEnd(Number.NEGATIVE_INFINITY);
      if (type.idleAt[d.slot] !== idle) problems.push(`${d.key}: idleAt ${type.idleAt[d.slot]}, running work says ${idle}`);
    }
  }
  return problems;
}

describe('TypeIndex rows (readyAt, idleAt)', () => {
  it('match every domain after every pass through starts, ends, replans and preemption notices', () => {
    const problems: string[] = [];
    let checked = 0;
    const { metrics } = simulateTrace(busyTrace(15, 400, true), {
      nodes: 4,
      cardsPerNode: 8,
      policy: 'suanli',
      estimateSamples: 50,
      clock: () => 0,
      onPass: (now, state) => {
        checked++;
        if (problems.length < 5) problems.push(...rowsProblems(state).map((p) => `t=${now} ${p}`));
      },
    });
    // The stream must exercise the paths that move ends: notices and replanned predictions.
    expect(metrics.preemptions).toBeGreaterThan(0);
    expect(checked).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
