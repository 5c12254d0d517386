import { buyBackPriceFen, fenPerShare, formatPricePerShare, pricePerShareMicroYuan, type FenPerShare } from '@suanli/domain';

/** The API's exact price text, "n" or "n/d" fen per share, as a fraction; null when it is not one. */
export function fractionOf(text: string | null | undefined): FenPerShare | null {
  const match = text ? /^(\d+)(?:\/(\d+))?$/.exec(text) : null;
  if (!match || match[2] === '0') return null;
  return fenPerShare(BigInt(match[1]!), BigInt(match[2] ?? '1'));
}

/** A price per share for people: yuan with six decimals, rounded half up as the domain rounds ('¥2.571429'). */
export function priceText(fenPerShareText: string | null | undefined): string {
  const price = fractionOf(fenPerShareText);
  return price ? formatPricePerShare(pricePerShareMicroYuan(price)) : '—';
}

const YUAN_DECIMAL = /^(\d{1,13})(?:\.(\d{1,10}))?$/;
const YUAN_FRACTION = /^(\d{1,16})\/(\d{1,18})$/;

/**
 * A price per share typed in yuan ("2.571429", or exactly as a fraction "18000000/7000000") as the
 * API's fen text ("257.1429", "1800000000/7000000"), exactly: the decimal point moves two places as
 * text, never through a float. Full-width digits and separators are read too; null when not a price.
 */
export function yuanPriceToFenText(typed: string | null | undefined): string | null {
  if (typed == null) return null;
  const text = typed.replace(/[０-９．／]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s¥￥]/g, '');
  const fraction = YUAN_FRACTION.exec(text);
  if (fraction) return /^0+$/.test(fraction[2]!) ? null : `${BigInt(fraction[1]!) * 100n}/${BigInt(fraction[2]!)}`;
  const decimal = YUAN_DECIMAL.exec(text);
  if (!decimal) return null;
  const decimals = (decimal[2] ?? '').padEnd(2, '0');
  const whole = `${BigInt(decimal[1]! + decimals.slice(0, 2))}`;
  const rest = decimals.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** Whole shares typed with grouping or full-width digits ("1,000,000") as the API's decimal string; null when not a positive whole number. */
export function sharesText(typed: string | null | undefined): string | null {
  if (typed == null) return null;
  const text = typed.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[,，\s]/g, '');
  return /^\d{1,15}$/.test(text) && BigInt(text) > 0n ? BigInt(text).toString() : null;
}

/** "1,234,567" in the reader's grouping, exact at any size (the API sends shares as decimal strings). */
export function groupedShares(shares: string, locale: string): string {
  return /^-?\d+$/.test(shares) ? BigInt(shares).toLocaleString(locale) : shares;
}

/** Basis points as a percentage with two decimals: 1429 → "14.29%". */
export function basisPointsText(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(basisPoints / 10000);
}

interface LineLike {
  pricePerShareFen: string;
  buyBackPremiumBasisPoints?: number | null;
  sharesIssued: string;
  sharesBoughtBack: string;
}

/** The centre's shares under a line that the founders may still buy back. */
export function centreHeldUnder(line: LineLike): bigint {
  return BigInt(line.sharesIssued) - BigInt(line.sharesBoughtBack);
}

/** What a buy-back of `shares` under the line costs (the domain's buyBackPriceFen), as fen text; null when it cannot be priced. */
export function buyBackPreviewFen(shares: string | null, line: LineLike | undefined): string | null {
  const price = fractionOf(line?.pricePerShareFen);
  if (!shares || !price || line?.buyBackPremiumBasisPoints == null) return null;
  return buyBackPriceFen(BigInt(shares), price, BigInt(line.buyBackPremiumBasisPoints)).toString();
}

/** One slice of the ownership chart. */
export interface OwnershipSlice {
  name: string;
  basisPoints: number;
  /** For the label: "14.29%". */
  percent: string;
}

/**
 * The ownership chart: the largest holders by outstanding basis points (what is issued and held now;
 * the table shows fully diluted beside it), the rest folded into one "others" slice so a long tail
 * stays readable on a phone. Holders with nothing outstanding are left out.
 */
export function ownershipSlices(stakeholders: readonly { name: string; outstandingBasisPoints: number }[], othersLabel: string, locale: string, keep = 6): OwnershipSlice[] {
  const holding = stakeholders.filter((s) => s.outstandingBasisPoints > 0).sort((a, b) => b.outstandingBasisPoints - a.outstandingBasisPoints);
  const shown = holding.length > keep ? holding.slice(0, keep - 1) : holding;
  const rest = holding.slice(shown.length).reduce((total, s) => total + s.outstandingBasisPoints, 0);
  const slices = shown.map((s) => ({ name: s.name, basisPoints: s.outstandingBasisPoints }));
  if (rest > 0) slices.push({ name: othersLabel, basisPoints: rest });
  return slices.map((slice) => ({ ...slice, percent: basisPointsText(slice.basisPoints, locale) }));
}

/** Shares a holder's fully diluted count adds to what they hold now (the centre's unissued tranche shares); 0n for everyone else. */
export function unissuedSharesOf(holder: { shares: string; fullyDilutedShares: string }): bigint {
  return BigInt(holder.fullyDilutedShares) - BigInt(holder.shares);
}

/**
 * The history's price cell, labelled by what it is: an issuance carries a price per share, a
 * buy-back the whole price paid, so the two are never read as the same kind of figure.
 */
export function historyPrice(
  event: { kind: string; pricePerShareFen?: string | null; priceFen?: string | null },
  formatFen: (fen: string) => string,
): { label: 'perShare' | 'total'; amount: string } | null {
  if (event.kind === 'ISSUANCE') return event.pricePerShareFen ? { label: 'perShare', amount: priceText(event.pricePerShareFen) } : null;
  return event.priceFen != null ? { label: 'total', amount: formatFen(event.priceFen) } : null;
}

/** Shares of one holder in one class, from the holder's per-class list ('0' where none). */
export function sharesInClass(byClass: readonly { shareClassId: string; shares: string }[], shareClassId: string): string {
  return byClass.find((entry) => entry.shareClassId === shareClassId)?.shares ?? '0';
}

/** The MANUAL issuances a buy-back can take shares from, with what is left of each. */
export function buyBackableIssuances<E extends { id: string; kind: string; source: string; shares: string; issuanceId?: string | null }>(history: readonly E[]): { event: E; left: bigint }[] {
  const bought = new Map<string, bigint>();
  for (const event of history) if (event.kind === 'BUY_BACK' && event.issuanceId) bought.set(event.issuanceId, (bought.get(event.issuanceId) ?? 0n) + BigInt(event.shares));
  return history
    .filter((event) => event.kind === 'ISSUANCE' && event.source === 'MANUAL')
    .map((event) => ({ event, left: BigInt(event.shares) - (bought.get(event.id) ?? 0n) }))
    .filter(({ left }) => left > 0n);
}
