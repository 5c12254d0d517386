import type { CapTableSnapshot } from './cap-table-snapshot.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day 'YYYY-MM-DD' (not 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.size === seen.add(id).size))];
}

/**
 * The rules a snapshot must keep for its OCF export to be true to it, as readable problems (empty
 * when it keeps them). The API builds snapshots from tables that already keep most of these; toOcf
 * checks them again so a bad snapshot is refused, not exported as a wrong cap table.
 */
export function snapshotProblems(snapshot: CapTableSnapshot): string[] {
  const problems: string[] = [];
  const { issuer, stockClasses, stakeholders, issuances, centreGrants, buyBacks } = snapshot;
  const day = (what: string, value: string) => {
    if (!isCalendarDay(value)) problems.push(`${what}: "${value}" is not a YYYY-MM-DD day`);
  };

  if (Number.isNaN(snapshot.asOf.getTime())) problems.push('asOf is not a valid instant');
  if (issuer.legalName.trim() === '') problems.push('issuer: legal name is blank');
  if (!/^[A-Z]{2}$/.test(issuer.country)) problems.push(`issuer: country "${issuer.country}" is not ISO 3166-1 alpha-2`);
  if (issuer.formedOn !== null) day('issuer formedOn', issuer.formedOn);

  const kinds: [string, string[]][] = [
    ['stock class', stockClasses.map((c) => c.id)],
    ['stakeholder', stakeholders.map((s) => s.id)],
    ['issuance or grant', [...issuances.map((i) => i.id), ...centreGrants.map((g) => g.termSheetId)]],
    ['buy-back', buyBacks.map((b) => b.id)],
  ];
  for (const [kind, ids] of kinds) for (const id of duplicates(ids)) problems.push(`${kind} id "${id}" is used more than once`);

  const classIds = new Set(stockClasses.map((c) => c.id));
  const stakeholderIds = new Set(stakeholders.map((s) => s.id));
  for (const stockClass of stockClasses) {
    day(`stock class ${stockClass.id} createdOn`, stockClass.createdOn);
    if (stockClass.sharesAuthorized !== null && stockClass.sharesAuthorized < 0n) problems.push(`stock class ${stockClass.id}: negative shares authorised`);
    if (stockClass.pricePerShare && stockClass.pricePerShare.numerator < 0n) problems.push(`stock class ${stockClass.id}: negative price per share`);
  }

  const holding = (what: string, holder: { stakeholderId: string; stockClassId: string; pricePerShare: { numerator: bigint; denominator: bigint } }) => {
    if (!stakeholderIds.has(holder.stakeholderId)) problems.push(`${what}: stakeholder "${holder.stakeholderId}" is not in the snapshot`);
    if (!classIds.has(holder.stockClassId)) problems.push(`${what}: stock class "${holder.stockClassId}" is not in the snapshot`);
    if (holder.pricePerShare.denominator <= 0n || holder.pricePerShare.numerator < 0n) problems.push(`${what}: price per share must be ≥ 0 over a positive denominator`);
  };

  for (const issuance of issuances) {
    holding(`issuance ${issuance.id}`, issuance);
    day(`issuance ${issuance.id} issuedOn`, issuance.issuedOn);
    if (issuance.shares <= 0n) problems.push(`issuance ${issuance.id}: shares must be positive`);
  }

  for (const grant of centreGrants) {
    const what = `centre grant ${grant.termSheetId}`;
    holding(what, grant);
    day(`${what} signedOn`, grant.signedOn);
    if (grant.tranches.length === 0) problems.push(`${what}: has no tranches`);
    const trancheShares = grant.tranches.reduce((sum, t) => sum + t.shares, 0n);
    if (grant.totalShares <= 0n) problems.push(`${what}: totalShares must be positive`);
    if (trancheShares !== grant.totalShares) problems.push(`${what}: totalShares ${grant.totalShares} ≠ Σ tranche shares ${trancheShares}`);
    grant.tranches.forEach((tranche, position) => {
      const t = `${what} tranche ${tranche.index}`;
      if (tranche.index !== position) problems.push(`${t}: tranches must be listed by index 0, 1, 2, … (found at position ${position})`);
      if (tranche.shares < 0n) problems.push(`${t}: negative shares`);
      if (tranche.sharesIssued < 0n || tranche.sharesIssued > tranche.shares) problems.push(`${t}: sharesIssued ${tranche.sharesIssued} outside 0..${tranche.shares}`);
      if (tranche.releasedOn !== null) {
        day(`${t} releasedOn`, tranche.releasedOn);
        if (tranche.releasedOn < grant.signedOn) problems.push(`${t}: released ${tranche.releasedOn} before signing ${grant.signedOn}`);
        if (grant.closed && tranche.releasedOn > grant.closed.on) problems.push(`${t}: released ${tranche.releasedOn} after the line closed ${grant.closed.on}`);
      } else if (tranche.sharesIssued > 0n) problems.push(`${t}: shares issued from a tranche never released`);
      if (tranche.issuedOn !== null) day(`${t} issuedOn`, tranche.issuedOn);
    });
    if (grant.closed) {
      day(`${what} closed.on`, grant.closed.on);
      if (grant.closed.on < grant.signedOn) problems.push(`${what}: closed ${grant.closed.on} before signing ${grant.signedOn}`);
      const issued = grant.tranches.reduce((sum, t) => sum + t.sharesIssued, 0n);
      if (grant.closed.sharesForfeited !== grant.totalShares - issued) {
        problems.push(`${what}: sharesForfeited ${grant.closed.sharesForfeited} ≠ totalShares ${grant.totalShares} − Σ sharesIssued ${issued}`);
      }
    }
  }

  const securities = new Map<string, { stakeholderId: string; on: string }>([
    ...issuances.map((i) => [i.id, { stakeholderId: i.stakeholderId, on: i.issuedOn }] as const),
    ...centreGrants.map((g) => [g.termSheetId, { stakeholderId: g.stakeholderId, on: g.signedOn }] as const),
  ]);
  for (const buyBack of buyBacks) {
    const what = `buy-back ${buyBack.id}`;
    day(`${what} on`, buyBack.on);
    if (buyBack.shares <= 0n) problems.push(`${what}: shares must be positive`);
    if (buyBack.priceFen < 0n) problems.push(`${what}: negative price`);
    const security = securities.get(buyBack.securityOf);
    if (!security) problems.push(`${what}: securityOf "${buyBack.securityOf}" is neither an issuance nor a centre grant`);
    else {
      if (security.stakeholderId !== buyBack.stakeholderId) problems.push(`${what}: stakeholder "${buyBack.stakeholderId}" does not hold ${buyBack.securityOf}`);
      if (buyBack.on < security.on) problems.push(`${what}: dated ${buyBack.on}, before ${buyBack.securityOf} was issued (${security.on})`);
    }
  }
  return problems;
}
