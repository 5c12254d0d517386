/**
 * The drawdown chart's data, from a line's draws: pure, so it is tested without a browser. Money is
 * summed exactly in fen (BigInt) and only turned into yuan numbers for the chart's axis.
 */
export interface DrawLike {
  amountFen: string;
  drawnAt: string;
}

export interface TrancheLike {
  trancheNo: number;
  creditFen: string;
}

export interface DrawdownPoint {
  /** ISO instant of the point. */
  at: string;
  /** Cumulative drawn after it, exact. */
  drawnFen: string;
}

/**
 * Cumulative drawn over time: 0 at the opening, then one point per instant at which draws happened
 * (one invoice can draw several tranches at once: those become one step), in time order; with
 * `until` (now for an open line, its closing for a closed one) the last level is carried to it.
 */
export function cumulativeDrawdown(openedAt: string, draws: readonly DrawLike[], until?: string): DrawdownPoint[] {
  const sorted = [...draws].sort((a, b) => Date.parse(a.drawnAt) - Date.parse(b.drawnAt));
  const points: DrawdownPoint[] = [{ at: openedAt, drawnFen: '0' }];
  let total = 0n;
  for (const draw of sorted) {
    total += BigInt(draw.amountFen);
    const last = points[points.length - 1]!;
    if (Date.parse(last.at) === Date.parse(draw.drawnAt) && points.length > 1) last.drawnFen = total.toString();
    else points.push({ at: draw.drawnAt, drawnFen: total.toString() });
  }
  const last = points[points.length - 1]!;
  if (until !== undefined && Date.parse(until) > Date.parse(last.at)) points.push({ at: until, drawnFen: last.drawnFen });
  return points;
}

/** Where each tranche ends on the cumulative axis (its credit plus all before it), in drawing order. */
export function trancheBoundaries(tranches: readonly TrancheLike[]): { trancheNo: number; cumulativeFen: string }[] {
  let total = 0n;
  return [...tranches]
    .sort((a, b) => a.trancheNo - b.trancheNo)
    .map((tranche) => {
      total += BigInt(tranche.creditFen);
      return { trancheNo: tranche.trancheNo, cumulativeFen: total.toString() };
    });
}

/** Fen string → yuan as a number, for a chart's axis only (never for arithmetic on money). */
export function chartYuan(fen: string): number {
  return Number(fen) / 100;
}
