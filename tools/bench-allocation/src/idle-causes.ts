import { pathToFileURL } from 'node:url';
import { simulateTrace, withTimeLimits, type PolicyConfig, type PolicyName } from '@suanli/allocation';
import { flag, workloads } from './matrix.js';

/**
 * Why cards sit idle while requests wait (issue 15's utilisation misses). After every pass of
 * the simulator, each free card is given one cause:
 * - `reserved <single|multi>-domain <near|mid|far>`: its domain is held by a reservation of the
 *   pass (start < 30 min, < 4 h, or later): backfill could not use it without delaying the hold;
 * - `hole k < m`: no reservation on the domain, k cards free, but the smallest waiting request
 *   needs m > k (fragmentation: nothing waiting fits);
 * - `fits`: something waiting is small enough (quota, earliest start, or a reservation elsewhere).
 * Card-hours are summed over the utilisation window (first to last submit) at times when at least
 * one request waits, so the total is the utilisation a policy leaves on the table while busy.
 *
 * Usage: node tools/bench-allocation/dist/idle-causes.js [--only REGEX] [--config '{json}'] [--policies easy,suanli]
 */
export interface IdleReport {
  workload: string;
  policy: PolicyName;
  utilisation: number;
  idleCardHours: number;
  byCause: [string, number][];
}

function reservationCause(cards: number, domainSize: number, leadS: number): string {
  const lead = leadS < 1800 ? 'near' : leadS < 4 * 3600 ? 'mid' : 'far';
  return `reserved ${cards > domainSize ? 'multi' : 'single'}-domain ${lead}`;
}

export function idleCauses(name: string, policies: PolicyName[], config: Partial<PolicyConfig>): IdleReport[] {
  const w = workloads(flag('trace', '../shared/traces/philly-sample.csv'), [1, 2, 3]).find((x) => x.name === name);
  if (!w) throw new Error(`no workload ${name}`);
  const trace = withTimeLimits(w.trace(), 1);
  const cardsOf = new Map(trace.map((j) => [j.id, j.cards]));
  const reports: IdleReport[] = [];
  for (const policy of policies) {
    const samples: { t: number; idle: [string | null, number][] }[] = [];
    const { outcomes, metrics } = simulateTrace(trace, {
      nodes: w.nodes,
      cardsPerNode: 8,
      policy,
      config: policy === 'suanli' ? config : {},
      estimateSamples: 0,
      onPass: (t, state, outcome) => {
        const held = new Map<object, string>();
        for (const r of outcome.book.byJob.values()) for (const d of r.domains) if (!held.has(d)) held.set(d, reservationCause(cardsOf.get(r.jobId) ?? 1, d.size, r.startS - t));
        const idle: [string | null, number][] = [];
        for (const d of state.domains) if (d.free > 0) idle.push([held.get(d) ?? null, d.free]);
        samples.push({ t, idle });
      },
    });
    // Waiting requests by size over time, from the outcomes (submit adds, start removes).
    const events: [number, number, number][] = [];
    for (const o of outcomes) events.push([o.submitS, 1, o.cards], [o.startS, -1, o.cards]);
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const windowEnd = outcomes.reduce((m, o) => Math.max(m, o.submitS), Number.NEGATIVE_INFINITY);
    const waiting = new Map<number, number>();
    const byCause = new Map<string, number>();
    let total = 0;
    let e = 0;
    for (let i = 0; i + 1 < samples.length && samples[i]!.t < windowEnd; i++) {
      const { t, idle } = samples[i]!;
      const dt = Math.min(samples[i + 1]!.t, windowEnd) - t;
      for (; e < events.length && events[e]![0] <= t; e++) waiting.set(events[e]![2], (waiting.get(events[e]![2]) ?? 0) + events[e]![1]);
      let smallest = Number.POSITIVE_INFINITY;
      for (const [cards, n] of waiting) if (n > 0 && cards < smallest) smallest = cards;
      if (smallest === Number.POSITIVE_INFINITY) continue;
      for (const [cause, k] of idle) {
        const c = cause ?? (smallest <= k ? 'fits' : `hole ${k} < ${smallest}`);
        byCause.set(c, (byCause.get(c) ?? 0) + (k * dt) / 3600);
        total += (k * dt) / 3600;
      }
    }
    reports.push({ workload: name, policy, utilisation: metrics.utilization, idleCardHours: total, byCause: [...byCause.entries()].sort((a, b) => b[1] - a[1]) });
  }
  return reports;
}

function main(): void {
  const only = new RegExp(flag('only', '^philly@44$'));
  const config = JSON.parse(flag('config', '{}')) as Partial<PolicyConfig>;
  const policies = flag('policies', 'easy,suanli').split(',') as PolicyName[];
  for (const w of workloads(flag('trace', '../shared/traces/philly-sample.csv'), [1, 2, 3])) {
    if (!only.test(w.name)) continue;
    for (const r of idleCauses(w.name, policies, config)) {
      const top = r.byCause.slice(0, 8).map(([c, h]) => `${c}: ${h.toFixed(0)}`).join(', ');
      const sum = (prefix: string) => r.byCause.filter(([c]) => c.startsWith(prefix)).reduce((s, [, h]) => s + h, 0).toFixed(0);
      process.stdout.write(
        `${r.workload} ${r.policy}: utilisation ${r.utilisation.toFixed(4)}, idle while requests wait ${r.idleCardHours.toFixed(0)} card-h ` +
          `= holes ${sum('hole')} + reserved ${sum('reserved')} + fits ${sum('fits')} (${top})\n`,
      );
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
