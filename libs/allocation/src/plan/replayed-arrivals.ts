import { orgAgingOf, type Job } from '../model/job.js';
import type { PolicyConfig } from '../model/types.js';

/** The longest history the estimates may replay (PolicyConfig.estimateArrivalWindowS): a day. */
export const ARRIVAL_WINDOW_S = 86_400;

/** How far ahead the replay reaches; the forward replay's pass limit bounds it first. */
const REPLAY_HORIZON_S = 3 * 86_400;

/**
 * The arrivals the estimates expect: the requests submitted in the last `windowS`, submitted
 * again over each following window, up to REPLAY_HORIZON_S ahead, at the same rate but evenly
 * spaced in a fixed pseudo-random order (a stationary forecast: the next hours bring what the
 * last ones brought, but one burst is not expected again at the same minute). Under fair share
 * the later arrivals of lighter organisations and smaller requests go ahead of the ones waiting
 * now; replaying them through the policy puts exactly those ahead, with their cards and shapes,
 * and lets their own use push them back as it would. Each copy ages from its new submit time
 * (orderKey and orgOrderKey move by the shift over their aging half-lives) and gets an id no real request has. Sorted
 * by the new submit time.
 */
export function replayedArrivals(recent: readonly Job[], nowS: number, aging: Pick<PolicyConfig, 'agingHalfLifeS' | 'orgAgingHalfLifeS'>, windowS: number): Job[] {
  const orgAging = orgAgingOf(aging);
  const w = Math.min(windowS, ARRIVAL_WINDOW_S);
  if (!(w > 0)) return [];
  const inWindow = recent.filter((j) => j.submitS > nowS - w && j.submitS <= nowS).sort((a, b) => scramble(a.seq) - scramble(b.seq) || a.seq - b.seq);
  const out: Job[] = [];
  const gap = w / Math.max(1, inWindow.length);
  for (let k = 0; k * w < REPLAY_HORIZON_S; k++) {
    inWindow.forEach((j, i) => {
      const at = nowS + k * w + (i + 0.5) * gap;
      const shift = at - j.submitS;
      out.push({ ...j, id: `${j.id}\u0000replay${k}`, submitS: at, orderKey: j.orderKey + shift / aging.agingHalfLifeS, orgOrderKey: j.orgOrderKey + shift / orgAging, earliestStartS: at });
    });
  }
  return out;
}

/** A fixed permutation of submit sequence numbers (Knuth's multiplicative hash). */
function scramble(seq: number): number {
  return Math.imul(seq + 1, 2654435761) >>> 0;
}
