import { drawLimitFactor, estimateWindow, mulberry32, parseTraceCsv, percentile, simulateTrace, withTimeLimits, type TraceJob } from '../index.js';

const job = (id: string, org: string, submitS: number, durationS: number, cards: number, limitS?: number): TraceJob => ({
  id, org, submitS, durationS, cards, priority: 'STANDARD', preemptible: false, line: 0, ...(limitS != null ? { limitS } : {}),
});

describe('the time-limit model', () => {
  const rand = mulberry32(7);
  const factors = Array.from({ length: 20_000 }, () => drawLimitFactor(rand)).sort((a, b) => a - b);

  it('has a median near 3x, a spike of jobs that run into their limit and a long tail', () => {
    expect(percentile(factors, 50)).toBeGreaterThan(2.6);
    expect(percentile(factors, 50)).toBeLessThan(3.4);
    const atLimit = factors.filter((f) => f === 1).length / factors.length;
    expect(atLimit).toBeGreaterThan(0.13);
    expect(atLimit).toBeLessThan(0.17);
    expect(percentile(factors, 99)).toBeGreaterThan(20);
    expect(factors[0]).toBeGreaterThanOrEqual(1);
    expect(factors[factors.length - 1]).toBeLessThanOrEqual(100);
  });

  it('gives every job a limit no shorter than its run, the same for the same seed, and keeps given limits', () => {
    const trace = Array.from({ length: 500 }, (_, i) => job(`j${i}`, 'a', i, 1 + ((i * 977) % 20_000), 1));
    trace[3] = job('j3', 'a', 3, 100, 1, 4000);
    const a = withTimeLimits(trace, 1);
    expect(a).toEqual(withTimeLimits(trace, 1));
    expect(a).not.toEqual(withTimeLimits(trace, 2));
    for (const j of a) expect(j.limitS!).toBeGreaterThanOrEqual(j.durationS);
    expect(a[3]!.limitS).toBe(4000);
  });

  it('reads an optional limit_s column and refuses a limit shorter than the run', () => {
    expect(parseTraceCsv('job_id,org,submit_s,duration_s,cards,limit_s\nj1,a,0,60,1,3600\nj2,a,1,60,1,\n').map((j) => j.limitS)).toEqual([3600, undefined]);
    expect(() => parseTraceCsv('job_id,org,submit_s,duration_s,cards,limit_s\nj1,a,0,60,1,30\n')).toThrow(/line 2: limit_s must be a number >= duration_s, got "30"/);
  });
});

describe('simulating with time limits', () => {
  // One 8-card node. j1 asks for 10 h and runs 1 h; j2 needs the whole node.
  const trace = [job('j1', 'a', 0, 3600, 8, 36_000), job('j2', 'b', 10, 600, 8, 1200)];

  it('ends jobs at their run time, not at their limit, for every policy', () => {
    for (const policy of ['fifo', 'easy', 'suanli'] as const) {
      const { outcomes } = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy, clock: () => 0 });
      expect(outcomes.find((o) => o.id === 'j2')!.startS).toBe(3600);
    }
  });

  it('estimates starts from the limits for EASY (the limit-based estimate is 10 h late here)', () => {
    const { metrics } = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'easy', clock: () => 0, estimateSamples: 2 });
    // Estimated at 36,000 s, started at 3,600 s after waiting 3,590 s.
    expect(metrics.startEstimates).toEqual({ samples: 1, medianError: (36_000 - 3600) / 3590, p90Error: (36_000 - 3600) / 3590, medianSignedError: -(36_000 - 3600) / 3590, p5SignedError: -(36_000 - 3600) / 3590, p95SignedError: -(36_000 - 3600) / 3590, windowCoverage: 0, mostByCoverage: 1 });
  });

  it('lists every organisation with its jobs, waits and slowdown', () => {
    const { metrics } = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'fifo', clock: () => 0 });
    expect(metrics.perOrganisation).toEqual({
      a: { jobs: 1, meanWaitS: 0, p95WaitS: 0, meanSlowdown: 1 },
      b: { jobs: 1, meanWaitS: 3590, p95WaitS: 3590, meanSlowdown: (3590 + 600) / 600 },
    });
  });
});

describe('estimateWindow', () => {
  it('spans half the wait before the estimate to the whole wait after it, most by three waits after, never before now', () => {
    expect(estimateWindow(1000, 1000 + 7200)).toEqual({ earliestS: 1000 + 3600, latestS: 1000 + 14_400, mostByS: 1000 + 28_800 });
    // A start due in two minutes: the spread is at least ten minutes' worth.
    expect(estimateWindow(1000, 1120)).toEqual({ earliestS: 1000, latestS: 1720, mostByS: 2920 });
  });
});
