import { simulateTrace } from '../index.js';
import { busyTrace } from './factories.js';

/**
 * A pass that lists its order (the simulator asks for it when it records start estimates)
 * must decide exactly as one that does not, which may skip work that cannot change a decision
 * (e.g. the whole walk when no waiting request fits in the free cards). Sampling an estimate
 * at every arrival makes every arrival pass list its order; the starts must not move.
 */
describe.each([
  ['one class', false],
  ['classes and preemptible work', true],
])('decisions with and without the order listed (%s)', (_, classes) => {
  it('gives every job the same start', () => {
    const trace = busyTrace(7, 500, classes);
    const options = { nodes: 4, cardsPerNode: 8, policy: 'suanli' as const, clock: () => 0 };
    const quiet = simulateTrace(trace, { ...options, estimateSamples: 0 });
    const listed = simulateTrace(trace, { ...options, estimateSamples: trace.length });
    expect(listed.estimatedStarts.size).toBeGreaterThan(0);
    expect(listed.outcomes.map((o) => o.startS)).toEqual(quiet.outcomes.map((o) => o.startS));
    expect(listed.metrics.preemptions).toBe(quiet.metrics.preemptions);
  });
});
