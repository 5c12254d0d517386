import { simulateTrace, type TraceJob } from '../index.js';

const job = (id: string, org: string, submitS: number, durationS: number, cards: number): TraceJob => ({ id, org, submitS, durationS, cards, priority: 'STANDARD', preemptible: false, line: 0 });

describe('simulateTrace metrics', () => {
  // One 8-card node. j1 takes the node for 100 s; j2 (8 cards) must wait for it; j3 at t=200.
  const trace = [job('j1', 'big', 0, 100, 8), job('j2', 'big', 10, 100, 8), job('j3', 'small', 200, 50, 1)];

  it('replays waits, utilization inside [first, last submit] and fairness', () => {
    const { metrics, outcomes } = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'fifo', clock: () => 0 });
    expect(outcomes.map((o) => [o.id, o.startS])).toEqual([['j1', 0], ['j2', 100], ['j3', 200]]);
    expect(metrics.meanWaitS).toBe(30);
    expect(metrics.maxWaitS).toBe(90);
    // Busy card-seconds in [0, 200]: 8 x 100 + 8 x 100 = 1600 of 8 x 200.
    expect(metrics.utilization).toBe(1);
    expect(metrics.makespanS).toBe(250);
    expect(metrics.smallOrgMeanWaitS).toBe(0);
    expect(metrics.passes).toBeGreaterThan(0);
  });

  it('refuses a trace with a job that can never fit, naming it', () => {
    expect(() => simulateTrace([job('huge', 'a', 0, 1, 16)], { nodes: 1, cardsPerNode: 8, policy: 'easy' })).toThrow(/huge \(line 0\) asks for 16 cards/);
  });

  it('is deterministic', () => {
    const a = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'suanli', clock: () => 0 });
    const b = simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'suanli', clock: () => 0 });
    expect(a).toEqual(b);
  });
});

describe('simulateTrace onPass', () => {
  it("hands each pass's outcome to the callback, reservations included (what idle-causes reads)", () => {
    // One 8-card node: a 1-card job runs until 3,600 s, so the 8-card gang submitted at 10 s
    // cannot start and holds a reservation from 3,600 s.
    const trace: TraceJob[] = [
      { id: 'one', org: 'a', submitS: 0, durationS: 3600, cards: 1, priority: 'STANDARD', preemptible: false, line: 2 },
      { id: 'gang', org: 'b', submitS: 10, durationS: 600, cards: 8, priority: 'STANDARD', preemptible: false, line: 3 },
    ];
    const held: { t: number; startS: number }[] = [];
    simulateTrace(trace, {
      nodes: 1,
      cardsPerNode: 8,
      policy: 'suanli',
      onPass: (t, _state, outcome) => {
        const r = outcome.book.byJob.get('gang');
        if (r) held.push({ t, startS: r.startS });
      },
    });
    expect(held).toEqual([{ t: 10, startS: 3600 }]);
  });
});

describe('simulateTrace start estimates predict from the history as it is at the estimate, as the API does', () => {
  // One 8-card node. Firm a sends two 8-card runs at t=0, each asking 10 h and running 1 h: a1
  // starts, a2 waits. At 3,600 s a1 ends (the firm's first history: 1 h) and a2 starts. At
  // 3,700 s firm b asks for the node: it starts when a2 ends, at 7,200 s.
  const limited = (j: TraceJob): TraceJob => ({ ...j, limitS: 36_000 });
  const trace = [limited(job('a1', 'a', 0, 3600, 8)), limited(job('a2', 'a', 0, 3600, 8)), limited(job('b', 'b', 3700, 600, 8))];
  const run = (repredictAtEstimates: boolean) => simulateTrace(trace, { nodes: 1, cardsPerNode: 8, policy: 'suanli', clock: () => 0, repredictAtEstimates });

  it('expects a2 to end after the hour its sibling ran, and shows b its real start', () => {
    const { outcomes, estimatedStarts } = run(true);
    expect(outcomes.find((o) => o.id === 'b')!.startS).toBe(7200);
    expect(estimatedStarts.get('b')).toBe(7200);
  });

  it('with the prediction frozen at a2\'s submission (no history then) books a2 to its 10 h limit', () => {
    expect(run(false).estimatedStarts.get('b')).toBe(3600 + 36_000);
  });
});
