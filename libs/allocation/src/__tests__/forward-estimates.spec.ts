import { mulberry32, schedule, simulateTrace, type PolicyConfig, type TraceJob } from '../index.js';
import { toJob } from '../model/job.js';
import { resolveConfig } from '../model/config.js';
import { replayedArrivals } from '../plan/replayed-arrivals.js';

const DAY = 86_400;
import { nodes, org, request, running } from './factories.js';

const job = (id: string, org: string, submitS: number, durationS: number, cards: number, limitS = durationS): TraceJob => ({
  id, org, submitS, durationS, cards, limitS, priority: 'STANDARD', preemptible: false, line: 0,
});

/** A burst of mixed sizes on two nodes, all submitted at once, run times equal to the limits. */
function burst(seed: number, orgs: readonly string[]): TraceJob[] {
  const rand = mulberry32(seed);
  const sizes = [1, 1, 1, 2, 4, 8, 8, 16];
  return Array.from({ length: 40 }, (_, i) => job(`j${i}`, orgs[i % orgs.length]!, 0, 600 * (1 + Math.floor(rand() * 12)), sizes[Math.floor(rand() * sizes.length)]!));
}

const startsOf = (trace: TraceJob[], config: Partial<PolicyConfig>, estimateSamples: number) =>
  simulateTrace(trace, { nodes: 2, cardsPerNode: 8, policy: 'suanli', config, clock: () => 0, estimateSamples });

describe('start estimates replayed forward through the policy', () => {
  it('equal the real starts when run times are known and nothing else arrives, where the booked plan does not', () => {
    let bookedMisses = 0;
    for (const seed of [1, 2, 3, 4]) {
      const trace = burst(seed, ['a']);
      const forward = startsOf(trace, { estimateArrivalWindowS: 0 }, trace.length);
      expect(forward.estimatedStarts.size).toBeGreaterThan(20);
      for (const o of forward.outcomes) {
        const e = forward.estimatedStarts.get(o.id);
        if (e != null) expect([o.id, e]).toEqual([o.id, o.startS]);
      }
      const booked = startsOf(trace, { estimateForwardPasses: 0, estimateArrivalWindowS: 0 }, trace.length);
      for (const o of booked.outcomes) if ((booked.estimatedStarts.get(o.id) ?? o.startS) !== o.startS) bookedMisses++;
    }
    // The conservative booked plan reserves for everyone ahead; the policy lets small requests pass.
    expect(bookedMisses).toBeGreaterThan(0);
  });

  it('never change a decision: the same starts with estimates sampled or not, forward or booked', () => {
    const rand = mulberry32(9);
    const trace = Array.from({ length: 160 }, (_, i) => job(`j${i}`, `o${i % 5}`, i * 120, 600 + Math.floor(rand() * 20_000), [1, 2, 4, 8][i % 4]!, 40_000));
    const reference = startsOf(trace, {}, 0).outcomes.map((o) => o.startS);
    const sampled = startsOf(trace, { estimateArrivalWindowS: 6 * 3600 }, 80);
    expect(sampled.estimatedStarts.size).toBeGreaterThan(10);
    expect(sampled.outcomes.map((o) => o.startS)).toEqual(reference);
    expect(startsOf(trace, { estimateForwardPasses: 0 }, 80).outcomes.map((o) => o.startS)).toEqual(reference);
  });

  it('past the pass limit keep the booked estimate for requests still waiting', () => {
    // Whole-node requests in a row behind running work predicted to end at 1000 s (limit 5000 s);
    // w2 is predicted to run 100 s of its 500 s.
    const input = {
      nowS: 0,
      nodes: nodes(1),
      running: [running('r', ['n0c0', 'n0c1', 'n0c2', 'n0c3', 'n0c4', 'n0c5', 'n0c6', 'n0c7'], { endS: 5000, predictedEndS: 1000 })],
      pending: [request('w1', { cards: 8, durationS: 500 }), request('w2', { cards: 8, durationS: 500, predictedDurationS: 100, submitS: 1 }), request('w3', { cards: 8, durationS: 500, submitS: 2 })],
      orgs: [org('org')],
    };
    const at = (passes: number) => schedule({ ...input, config: { estimateForwardPasses: passes } }).waiting.map((w) => w.estimatedStartS);
    expect(at(10)).toEqual([1000, 1500, 1600]);
    // Two passes reach t = 1500: w3 has not started, its booked estimate (the same here) stands.
    expect(at(2)).toEqual([1000, 1500, 1600]);
    expect(at(0)).toEqual([1000, 1500, 1600]);
  });
});

describe('replayed arrivals', () => {
  const config = resolveConfig({});
  const recent = [
    toJob({ ...request('old'), submitS: 100 - DAY }, 3, config),
    toJob({ ...request('a'), submitS: 50, cards: 2 }, 1, config),
    toJob({ ...request('b'), submitS: 90 }, 2, config),
  ];

  it('submits the last window again over each next window, evenly spaced, ageing from the new time, with new ids', () => {
    const replay = replayedArrivals(recent, 100, config, DAY);
    // a and b (old is a whole day ago), twice a day for three days, at a quarter and three quarters of each day.
    expect(replay.map((j) => j.submitS)).toEqual([1, 3, 5, 7, 9, 11].map((q) => 100 + (q * DAY) / 4));
    expect(replay.map((j) => j.id.split('\u0000')[0]).sort()).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
    for (const copy of replay) {
      const original = recent.find((j) => j.id === copy.id.split('\u0000')[0])!;
      expect(copy.orderKey - original.orderKey).toBeCloseTo((copy.submitS - original.submitS) / config.agingHalfLifeS, 9);
      expect(copy.orgOrderKey - original.orgOrderKey).toBeCloseTo((copy.submitS - original.submitS) / config.orgAgingHalfLifeS, 9);
      expect(copy.cards).toBe(original.cards);
      expect(copy.earliestStartS).toBe(copy.submitS);
    }
    expect(new Set(replay.map((j) => j.id)).size).toBe(replay.length);
    expect(replayedArrivals(recent, 100, config, 0)).toEqual([]);
  });

  it('repeats a short window every window length, up to three days ahead', () => {
    const replay = replayedArrivals(recent, 100, config, 30);
    // Only b was submitted in the last 30 s.
    expect(replay).toHaveLength((3 * DAY) / 30);
    expect(replay.slice(0, 2).map((j) => j.submitS)).toEqual([115, 145]);
  });

  it('delay a heavy user\'s estimate when a light one keeps submitting small work ahead of it', () => {
    // One node, busy until 2000 s; a heavy organisation waits with a whole-node request of 1 h.
    // A light organisation submitted a 1-card, 10-minute request every 10 minutes over the last
    // day: replayed, three have arrived by 2000 s and go ahead of the heavy request (smaller,
    // lighter user), and more keep coming.
    const light = Array.from({ length: 144 }, (_, i) => request(`l${i}`, { orgId: 'light', submitS: 100 - DAY + 60 + i * 600, durationS: 600 }));
    const input = {
      nowS: 100,
      nodes: nodes(1),
      running: [running('r', ['n0c0', 'n0c1', 'n0c2', 'n0c3', 'n0c4', 'n0c5', 'n0c6', 'n0c7'], { orgId: 'heavy', endS: 2000 })],
      pending: [request('big', { orgId: 'heavy', cards: 8, durationS: 3600, submitS: 100 })],
      orgs: [org('heavy', { usageCardSeconds: 8 * 7 * 86_400 }), org('light')],
    };
    const without = schedule(input).waiting[0]!.estimatedStartS!;
    const config = { estimateArrivalWindowS: 86_400 };
    const withArrivals = schedule({ ...input, recentRequests: light, config }).waiting[0]!.estimatedStartS!;
    expect(without).toBe(2000);
    expect(withArrivals).toBeGreaterThan(without);
    // Off by config, and never for the baselines (they show the booked plan).
    expect(schedule({ ...input, recentRequests: light, config: { estimateArrivalWindowS: 0 } }).waiting[0]!.estimatedStartS).toBe(without);
    expect(schedule({ ...input, recentRequests: light, config }, 'easy').waiting[0]!.estimatedStartS).toBe(2000);
  });
});
