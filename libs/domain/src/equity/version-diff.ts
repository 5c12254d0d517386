import type { ReleaseCondition, TermSheetTerms } from './term-sheet.js';

/** A JSON value with only strings, nulls, arrays and objects: bigints and dates already turned into strings. */
type Canonical = string | null | Canonical[] | { [key: string]: Canonical };

/** The release condition's own fields only, whatever else the object carries. */
function canonicalRelease(release: ReleaseCondition): Canonical {
  switch (release.kind) {
    case 'ON_SIGNING':
      return { kind: release.kind };
    case 'PREVIOUS_DRAWN':
      return { kind: release.kind, thresholdBasisPoints: release.thresholdBasisPoints.toString() };
    case 'STAGE_REACHED':
      return { kind: release.kind, stage: release.stage };
    case 'DATE':
      return { kind: release.kind, at: release.at.toISOString() };
    case 'MILESTONE_ACCEPTED':
      return { kind: release.kind, milestoneKey: release.milestoneKey };
  }
}

/**
 * The terms as plain JSON: only the fields of TermSheetTerms (extra properties a caller's object
 * carries are left out), bigints as decimal strings, dates as ISO-8601 UTC (toISOString), the
 * buy-back months as a string too, and null kept as null.
 */
function canonicalTerms(terms: TermSheetTerms): Canonical {
  return {
    creditFen: terms.creditFen.toString(),
    preMoneyValuationFen: terms.preMoneyValuationFen.toString(),
    preMoneyFullyDilutedShares: terms.preMoneyFullyDilutedShares.toString(),
    shareClass: terms.shareClass,
    tranches: terms.tranches.map((tranche) => ({
      percentBasisPoints: tranche.percentBasisPoints.toString(),
      release: canonicalRelease(tranche.release),
    })),
    creditExpiresAt: terms.creditExpiresAt.toISOString(),
    buyBack:
      terms.buyBack === null
        ? null
        : { months: String(terms.buyBack.months), premiumBasisPoints: terms.buyBack.premiumBasisPoints.toString() },
  };
}

function stringify(value: Canonical): string {
  if (value === null || typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stringify).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${stringify(value[key]!)}`).join(',')}}`;
}

/**
 * The canonical serialisation of the terms, for a version hash (the API takes sha256 of it):
 * object keys sorted by UTF-16 code unit at every level, no whitespace, tranches in their order,
 * bigints as decimal strings, dates as ISO-8601 UTC. Equal terms give the same string however
 * their objects were built.
 */
export function canonicalTermsJson(terms: TermSheetTerms): string {
  return stringify(canonicalTerms(terms));
}

/** Leaf paths of a canonical value: 'creditFen', 'tranches[0].release.kind', 'buyBack' (when null)… */
function flatten(value: Canonical, path: string, into: Map<string, string>): Map<string, string> {
  if (value === null) into.set(path, 'null');
  else if (typeof value === 'string') into.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
  else for (const key of Object.keys(value).sort()) flatten(value[key]!, path === '' ? key : `${path}.${key}`, into);
  return into;
}

export interface TermsChange {
  /** A leaf path in canonical form, tranches 0-based: 'creditFen', 'tranches[1].release.thresholdBasisPoints'. */
  field: string;
  /** The canonical string value ('' when the field does not exist on that side, 'null' for no buy-back). */
  before: string;
  after: string;
}

/**
 * The fields that differ between two versions of the terms, tranche by tranche, leaf by leaf, in
 * sorted path order of `a` followed by paths only `b` has. A tranche added or removed shows as its
 * fields with '' on the missing side; a buy-back added shows 'buyBack' null → '' plus its fields.
 */
export function diffTerms(a: TermSheetTerms, b: TermSheetTerms): TermsChange[] {
  const before = flatten(canonicalTerms(a), '', new Map());
  const after = flatten(canonicalTerms(b), '', new Map());
  const fields = [...before.keys(), ...[...after.keys()].filter((key) => !before.has(key))];
  return fields
    .map((field) => ({ field, before: before.get(field) ?? '', after: after.get(field) ?? '' }))
    .filter((change) => change.before !== change.after);
}
