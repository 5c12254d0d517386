import type { Job } from '../../model/job.js';
import type { Allocation, Domain } from '../../placement/cluster-state.js';
import { domainsNeeded } from '../../placement/fit.js';
import type { PassRun } from '../pass.js';

/**
 * Gives notice to preemptible lower-class work when that lets `job` start sooner than
 * waiting for natural ends. Victims stop at now + notice; the job's reservation is then
 * computed as usual and lands on the freed cards. Returns whether notice was given.
 */
export function preemptFor(run: PassRun, job: Job, naturalStartS: number | null): boolean {
  const { now, config, state } = run.ctx;
  const at = now + config.preemptionNoticeS;
  if (naturalStartS != null && naturalStartS <= at + config.preemptionMinGainS) return false;
  const type = state.type(job.cardType);
  if (!type) return false;
  const victims =
    job.cards <= type.domainSize
      ? victimsInOneDomain(run, job, type.domains, at)
      : victimsForWholeDomains(run, job, type.domains, domainsNeeded(type, job.cards), at);
  if (!victims) return false;
  run.clusterChanged();
  for (const v of victims) {
    state.givePreemptionNotice(v, at);
    run.preemptions.push({ requestId: v.requestId, forRequestId: job.id, preemptAtS: at });
  }
  return true;
}

function mayPreempt(job: Job, a: Allocation, at: number): boolean {
  return a.preemptible && a.rank < job.rank && a.preemptAtS == null && a.endS > at;
}

/** Newest first: stopping work that just started loses the least. */
function newestFirst(a: Allocation, b: Allocation): number {
  return b.startS - a.startS || (a.requestId < b.requestId ? -1 : 1);
}

function victimsInOneDomain(run: PassRun, job: Job, domains: readonly Domain[], at: number): Allocation[] | null {
  let best: Allocation[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const d of domains) {
    if (d.capacity < job.cards || run.book.has(d)) continue;
    let free = d.freeAt(at);
    const candidates = d.parts.filter((p) => mayPreempt(job, p.alloc, at)).sort((x, y) => newestFirst(x.alloc, y.alloc));
    const chosen: Allocation[] = [];
    let cost = 0;
    for (const p of candidates) {
      if (free >= job.cards) break;
      chosen.push(p.alloc);
      free += p.returning;
      cost += p.alloc.heldCards;
    }
    if (free >= job.cards && chosen.length > 0 && cost < bestCost) {
      best = chosen;
      bestCost = cost;
    }
  }
  return best;
}

function victimsForWholeDomains(run: PassRun, job: Job, domains: readonly Domain[], m: number, at: number): Allocation[] | null {
  const options: { cost: number; victims: Allocation[] }[] = [];
  for (const d of domains) {
    if (!d.whole || run.book.has(d)) continue;
    const victims: Allocation[] = [];
    let ok = true;
    for (const p of d.parts) {
      if (p.alloc.endS <= at) continue;
      if (!mayPreempt(job, p.alloc, at)) {
        ok = false;
        break;
      }
      victims.push(p.alloc);
    }
    if (ok) options.push({ cost: victims.reduce((s, v) => s + v.heldCards, 0), victims });
  }
  if (options.length < m) return null;
  options.sort((a, b) => a.cost - b.cost);
  const unique = new Set<Allocation>();
  for (const o of options.slice(0, m)) for (const v of o.victims) unique.add(v);
  return unique.size > 0 ? [...unique] : null;
}
