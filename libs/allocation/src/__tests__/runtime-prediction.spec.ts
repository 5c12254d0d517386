import { mulberry32, replannedEndS, RuntimePredictor, schedule, simulateTrace, withTimeLimits, type TraceJob } from '../index.js';
import { nodes, org, request, running, cardsOf } from './factories.js';

describe('RuntimePredictor', () => {
  it('predicts the mean of the organisation’s last two similar jobs, capped at the limit', () => {
    const p = new RuntimePredictor();
    const a = { orgId: 'a', cards: 8, limitS: 36_000 };
    expect(p.predict(a)).toBeNull();
    p.record(a, 1000);
    expect(p.predict(a)).toBe(1000);
    p.record(a, 3000);
    p.record(a, 5000);
    expect(p.predict(a)).toBe(4000);
    expect(p.predict({ ...a, limitS: 2000 })).toBe(2000);
    // Another organisation, or another size, learns nothing from a.
    expect(p.predict({ ...a, orgId: 'b' })).toBeNull();
    expect(p.predict({ ...a, cards: 1 })).toBeNull();
  });

  it('prefers jobs with a similar limit, and falls back to the same size', () => {
    const p = new RuntimePredictor();
    p.record({ orgId: 'a', cards: 1, limitS: 600 }, 300);
    p.record({ orgId: 'a', cards: 1, limitS: 86_400 }, 50_000);
    expect(p.predict({ orgId: 'a', cards: 1, limitS: 580 })).toBe(300);
    expect(p.predict({ orgId: 'a', cards: 1, limitS: 86_000 })).toBe(50_000);
    // No similar limit: the last two runs of that size.
    expect(p.predict({ orgId: 'a', cards: 1, limitS: 8000 })).toBe(8000);
    expect(p.predict({ orgId: 'a', cards: 1, limitS: 200_000 })).toBe(25_150);
  });

  it('with the population fallback, predicts a newcomer the median run/limit of everyone, once there are eight runs', () => {
    const p = new RuntimePredictor({ populationFallback: true });
    const newcomer = { orgId: 'new', cards: 4, limitS: 10_000 };
    for (let i = 0; i < 7; i++) p.record({ orgId: `o${i}`, cards: 1, limitS: 1000 }, 100 * (i + 1));
    expect(p.predict(newcomer)).toBeNull();
    p.record({ orgId: 'o7', cards: 1, limitS: 1000 }, 800);
    // Fractions 0.1 .. 0.8: the median of eight (the upper middle) is 0.5.
    expect(p.predict(newcomer)).toBe(5000);
    // The organisation's own history still comes first; without the option there is none.
    expect(p.predict({ orgId: 'o7', cards: 1, limitS: 1000 })).toBe(800);
    const plain = new RuntimePredictor();
    for (let i = 0; i < 8; i++) plain.record({ orgId: `o${i}`, cards: 1, limitS: 1000 }, 500);
    expect(plain.predict(newcomer)).toBeNull();
  });

  it('a predictor given the population median predicts a newcomer as the one that learned it', () => {
    const learned = new RuntimePredictor({ populationFallback: true });
    for (let i = 0; i < 8; i++) learned.record({ orgId: `o${i}`, cards: 1, limitS: 1000 }, 100 * (i + 1));
    expect(learned.populationFraction()).toBe(0.5);
    const given = new RuntimePredictor({ populationFallback: true, populationFraction: learned.populationFraction() });
    const newcomer = { orgId: 'new', cards: 4, limitS: 7200 };
    expect(given.predict(newcomer)).toBe(learned.predict(newcomer));
    expect(given.predict(newcomer)).toBe(3600);
    expect(new RuntimePredictor({ populationFallback: true }).populationFraction()).toBeNull();
  });

  it('replans a prediction that ran out by doubling the run so far, at least a minute ahead, never past the limit', () => {
    expect(replannedEndS(0, 100_000, 1000)).toBe(2000);
    expect(replannedEndS(0, 100_000, 10)).toBe(70);
    expect(replannedEndS(0, 1500, 1000)).toBe(1500);
  });
});

describe('planning with predictions in the simulator', () => {
  const rand = mulberry32(3);
  const raw: TraceJob[] = Array.from({ length: 400 }, (_, i) => ({
    id: `j${i}`, org: `o${i % 5}`, submitS: i * 60, durationS: 300 + Math.floor(rand() * 7200), cards: [1, 1, 2, 4, 8, 16][i % 6]!, priority: 'STANDARD', preemptible: false, line: i + 2,
  }));
  const trace = withTimeLimits(raw, 5);

  it('repairs the plan: no running work is ever planned to have ended, or to outlive its limit', () => {
    for (const policy of ['suanli', 'easy'] as const) {
      simulateTrace(trace, {
        nodes: 3, cardsPerNode: 8, policy, predictRuntimes: true, config: { predictionsInPlan: true }, clock: () => 0,
        onPass: (now, state) => {
          for (const a of state.allocations.values()) {
            expect(a.plannedEndS).toBeLessThanOrEqual(a.limitEndS);
            expect(a.endS).toBeGreaterThan(now);
          }
        },
      });
    }
  });

  it('never ends a job before its run time, and measuring estimates changes no decision', () => {
    const a = simulateTrace(trace, { nodes: 3, cardsPerNode: 8, policy: 'suanli', clock: () => 0, estimateSamples: 0 });
    const b = simulateTrace(trace, { nodes: 3, cardsPerNode: 8, policy: 'suanli', clock: () => 0, estimateSamples: 400 });
    expect(b.outcomes).toEqual(a.outcomes);
    expect(a.metrics.startEstimates).toBeNull();
    expect(b.metrics.startEstimates!.samples).toBeGreaterThan(50);
    // All work ran to its real end: busy card-seconds in the window can only come from full runs.
    expect(b.metrics.preemptions).toBe(0);
    const byOrg = Object.values(b.metrics.perOrganisation).reduce((s, m) => s + m.jobs, 0);
    expect(byOrg).toBe(trace.length);
  });
});

describe('schedule() with predictions', () => {
  // One 8-card node held until its limit at 36,000 s, predicted to end at 3,600 s; an 8-card request waits.
  const input = (predictedEndS: number | null, config = {}) => ({
    nowS: 100,
    nodes: nodes(1),
    running: [running('busy', cardsOf(0, 0, 8), { endS: 36_000, predictedEndS })],
    pending: [request('next', { cards: 8, durationS: 7200, predictedDurationS: 1800 })],
    orgs: [org('org')],
    config,
  });

  it('shows the estimate from the prediction while the plan keeps the limit', () => {
    const plan = schedule(input(3600), 'suanli');
    expect(plan.waiting[0]!.estimatedStartS).toBe(3600);
    // Without a prediction the estimate is the limit-based one (what squeue --start shows).
    expect(schedule(input(null), 'suanli').waiting[0]!.estimatedStartS).toBe(36_000);
  });

  it('replans a prediction that has passed: twice the run so far', () => {
    expect(schedule({ ...input(50), nowS: 4000 }, 'suanli').waiting[0]!.estimatedStartS).toBe(8000);
  });
});
