/** The settlement periods of a programme's year: 2026-01 … 2026-12 (MONTHLY) or 2026-Q1 … 2026-Q4 (QUARTERLY). */
export function settlementPeriods(year: number, settlement: string): string[] {
  if (settlement === 'MONTHLY') return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return [1, 2, 3, 4].map((q) => `${year}-Q${q}`);
}

/** The period a date falls in, for the default choice (Asia/Shanghai month). */
export function currentPeriod(settlement: string, now: Date = new Date()): string {
  const shanghai = new Date(now.getTime() + 8 * 3600_000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth() + 1;
  return settlement === 'MONTHLY' ? `${year}-${String(month).padStart(2, '0')}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** Fen string → yuan as a number for a chart's axis only (display, never arithmetic on money). */
export function fenToChartYuan(fen: string): number {
  return Number(fen) / 100;
}

export interface BreakdownLike {
  dimension: string;
  key: string;
  committedFen: string;
  redeemedFen: string;
}

/** The chart rows of one dimension: one bar per key and measure, the label translated. */
export function chartRows(breakdown: readonly BreakdownLike[], dimension: 'KIND' | 'INDUSTRY', label: (key: string) => string, measures: { committed: string; redeemed: string }) {
  return breakdown
    .filter((row) => row.dimension === dimension)
    .flatMap((row) => [
      { key: label(row.key), measure: measures.committed, yuan: fenToChartYuan(row.committedFen) },
      { key: label(row.key), measure: measures.redeemed, yuan: fenToChartYuan(row.redeemedFen) },
    ]);
}

/** Share of the budget, 0..1, from fen strings (exact enough for a progress bar: BigInt then one division). */
export function shareOf(partFen: string, wholeFen: string): number {
  const whole = BigInt(wholeFen);
  if (whole === 0n) return 0;
  return Number((BigInt(partFen) * 10000n) / whole) / 10000;
}

/** The sum of fen strings, exact (BigInt), as a fen string. */
export function sumFen(amounts: readonly string[]): string {
  return amounts.reduce((total, fen) => total + BigInt(fen), 0n).toString();
}
