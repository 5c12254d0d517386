/** A voucher's unspent share of its face value, 0..100 for a progress bar (integer arithmetic). */
export function balancePercent(balanceFen: string, faceValueFen: string): number {
  const face = BigInt(faceValueFen);
  if (face <= 0n) return 0;
  const percent = Number((BigInt(balanceFen) * 1000n) / face) / 10;
  return Math.max(0, Math.min(100, percent));
}

/** The last day a voucher may be used, for "valid until": its end is exclusive, so the instant before it. */
export function lastValidInstant(validUntil: string): string {
  const end = new Date(validUntil).getTime();
  return Number.isNaN(end) ? validUntil : new Date(end - 1).toISOString();
}
