/**
 * The portfolio page's view logic, pure so it is tested without a browser. Money stays exact
 * (BigInt over fen strings); only a chart's axis gets yuan as numbers.
 */
import { chartYuan as fenToChartYuan } from '../credit-lines/drawdown-series';

export interface FiguresLike {
  committedFen: string;
  releasedFen: string;
  drawnFen: string;
  impliedValueFen: string;
}

/** Sorts decimal strings (fen, shares) by value, exactly, for a table column's sorter. */
export function compareDecimal(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x === y ? 0 : x < y ? -1 : 1;
}


export const CHART_MEASURES = ['committedFen', 'drawnFen', 'impliedValueFen'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

/** One grouped bar per key and measure, labels translated by the caller. */
export function breakdownChartRows(
  rows: readonly { key: string; figures: FiguresLike }[],
  label: (key: string) => string,
  measureLabel: (measure: ChartMeasure) => string,
): { key: string; measure: string; yuan: number }[] {
  return rows.flatMap((row) => CHART_MEASURES.map((measure) => ({ key: label(row.key), measure: measureLabel(measure), yuan: fenToChartYuan(row.figures[measure]) })));
}

/** A holding's usage months as chart rows: card-hours and the invoiced yuan of each month. */
export function usageChartRows(usage: readonly { month: string; cardHours: number; invoicedFen: string }[]): { month: string; cardHours: number; yuan: number }[] {
  return usage.map((u) => ({ month: u.month, cardHours: Math.round(u.cardHours * 10) / 10, yuan: fenToChartYuan(u.invoicedFen) }));
}

/** Basis points as a ratio for the percent formatter: 2500 → 0.25. */
export function basisPointsRatio(basisPoints: number): number {
  return basisPoints / 10000;
}

/** Σ card-hours and Σ invoiced fen (exact) of a usage window, for the drill-down's caption. */
export function usageTotals(usage: readonly { cardSeconds: string; invoicedFen: string }[]): { cardHours: number; invoicedFen: string } {
  const seconds = usage.reduce((n, u) => n + BigInt(u.cardSeconds), 0n);
  return { cardHours: Number(seconds) / 3600, invoicedFen: usage.reduce((n, u) => n + BigInt(u.invoicedFen), 0n).toString() };
}
