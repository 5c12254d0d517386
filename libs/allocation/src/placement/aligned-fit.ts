import type { PlacementMode } from '../model/types.js';
import type { Domain, TypeIndex } from './cluster-state.js';
import { fitNow } from './fit.js';
import type { ReservationBook } from './reservations.js';

/**
 * PlacementMode: how `suanli` picks the domain of a request that fits in one domain (the baselines always
 * use best fit, `fitNow`):
 * - `best-fit`: the fitting domain with the fewest free cards, ties to the lowest;
 * - `end-aligned`: among all fitting domains, the one whose busy horizon (the time its running
 *   work has all ended) the request extends least: a domain whose work all ends at or after the
 *   request's end (the request runs in the domain's shadow) with the least slack, else the
 *   smallest extension; ties by best fit. Domains then drain whole at predictable times, so
 *   gangs and reservations start sooner and fewer cards idle while a domain drains;
 * - `end-aligned-tightest`: the same choice, but only among the best-fit domains (those with
 *   the fewest free cards);
 * - `shadow-else-best-fit`: the shadow domain with the least slack, else best fit.
 */

/**
 * Start now on the domain chosen by `mode` (see PlacementMode), skipping domains where the
 * start would delay a reservation. Gangs larger than a domain take whole free domains exactly
 * as in fitNow. Returns null when nothing fits now.
 */
export function fitNowAligned(
  type: TypeIndex,
  cards: number,
  now: number,
  endS: number,
  book: ReservationBook | null,
  mode: PlacementMode,
): Domain[] | null {
  if (mode === 'best-fit' || cards > type.domainSize) return fitNow(type, cards, now, endS, book);
  let best: Domain | null = null;
  // Score: shadow placements (end <= horizon) by their slack, before every extension.
  let bestShadow = false;
  let bestGap = Number.POSITIVE_INFINITY;
  const tightestOnly = mode === 'end-aligned-tightest';
  const shadowOnly = mode === 'shadow-else-best-fit';
  const visit = (d: Domain): boolean => {
    const horizon = d.lastEnd(now);
    const shadow = endS <= horizon;
    // shadow-else-best-fit: every extension scores the same, so best fit decides among them.
    const gap = shadow ? horizon - endS : shadowOnly ? 0 : endS - horizon;
    // Strictly better only: buckets are walked from the fewest free cards up, in slot order,
    // so an equal score keeps the best-fit (then lowest) domain found first.
    if (best && (bestShadow ? !shadow || gap >= bestGap : shadow ? false : gap >= bestGap)) return false;
    if (book && !book.allows(d, cards, now, endS)) return false;
    best = d;
    bestShadow = shadow;
    bestGap = gap;
    // A domain that drains exactly when this request ends cannot be beaten.
    return shadow && gap === 0;
  };
  for (let f = cards; f <= type.maxCapacity; f++) {
    const bucket = type.buckets[f]!;
    if (bucket.size === 0) continue;
    if (bucket.find(visit)) break;
    if (tightestOnly && best) break;
  }
  return best ? [best] : null;
}
