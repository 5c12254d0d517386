import { ocfFileMd5 } from './ocf-file-text.js';
import { OCF_FILES } from './ocf-types.js';
import type { OcfManifest, OcfPackage, OcfStockCancellation, OcfStockIssuance, OcfStockRepurchase, OcfTransaction } from './ocf-types.js';

const SCALE = 10n ** 10n;

/** An OCF Numeric (up to ten decimals) as an exact integer of 1e-10 units; null when it is not one. */
function numeric(value: unknown): bigint | null {
  if (typeof value !== 'string') return null;
  const match = /^([+-]?)(\d+)(?:\.(\d{1,10}))?$/.exec(value);
  if (!match) return null;
  const scaled = BigInt(match[2]!) * SCALE + BigInt((match[3] ?? '').padEnd(10, '0'));
  return match[1] === '-' ? -scaled : scaled;
}

const show = (units: bigint) => (units % SCALE === 0n ? (units / SCALE).toString() : (Number(units) / Number(SCALE)).toString());

function duplicateIds(kind: string, ids: readonly string[], problems: string[]): void {
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const id of ids) {
    if (seen.has(id) && !reported.has(id)) {
      problems.push(`${kind} id "${id}" is used more than once`);
      reported.add(id);
    }
    seen.add(id);
  }
}

const MANIFEST_LISTS: [keyof OcfManifest, keyof OcfPackage][] = [
  ['stakeholders_files', OCF_FILES.stakeholders],
  ['stock_classes_files', OCF_FILES.stockClasses],
  ['vesting_terms_files', OCF_FILES.vestingTerms],
  ['transactions_files', OCF_FILES.transactions],
];

function manifestProblems(pkg: OcfPackage, problems: string[]): void {
  const manifest = pkg[OCF_FILES.manifest];
  if (!manifest) {
    problems.push(`${OCF_FILES.manifest} is missing`);
    return;
  }
  if (!manifest.issuer || typeof manifest.issuer.id !== 'string' || manifest.issuer.id === '') problems.push('the manifest has no issuer with an id');
  for (const [list, file] of MANIFEST_LISTS) {
    const references = (manifest[list] ?? []) as { filepath: string; md5: string }[];
    if (!references.some((reference) => reference.filepath === file)) problems.push(`manifest ${list} does not list ${file}`);
    for (const reference of references) {
      const json = (pkg as unknown as Record<string, unknown>)[reference.filepath];
      if (json === undefined) problems.push(`manifest ${list} names ${reference.filepath}, which is not in the package`);
      else if (ocfFileMd5(json) !== reference.md5.toLowerCase()) problems.push(`manifest ${list}: the MD5 of ${reference.filepath} is not ${reference.md5}`);
    }
  }
}

type Reduction = OcfStockCancellation | OcfStockRepurchase;

/**
 * What the OCF schemas cannot check: that every stakeholder, stock class, security, vesting terms
 * and vesting condition a package names exists in it; ids are unique per object kind; the manifest
 * lists each file with its true MD5; a VestingEvent's condition belongs to the vesting terms of its
 * security; and a cancellation or repurchase takes no more than its security holds, with the rest
 * on a balance security issued the same day. Readable problems, empty when the package is sound.
 */
export function checkOcfReferences(pkg: OcfPackage): string[] {
  const problems: string[] = [];
  manifestProblems(pkg, problems);
  const stakeholders = pkg[OCF_FILES.stakeholders]?.items ?? [];
  const stockClasses = pkg[OCF_FILES.stockClasses]?.items ?? [];
  const vestingTerms = pkg[OCF_FILES.vestingTerms]?.items ?? [];
  const transactions: OcfTransaction[] = pkg[OCF_FILES.transactions]?.items ?? [];

  duplicateIds('stakeholder', stakeholders.map((s) => s.id), problems);
  duplicateIds('stock class', stockClasses.map((c) => c.id), problems);
  duplicateIds('vesting terms', vestingTerms.map((t) => t.id), problems);
  duplicateIds('transaction', transactions.map((t) => t.id), problems);
  for (const terms of vestingTerms) duplicateIds(`vesting condition (in ${terms.id})`, (terms.vesting_conditions ?? []).map((c) => c.id), problems);

  const stakeholderIds = new Set(stakeholders.map((s) => s.id));
  const classIds = new Set(stockClasses.map((c) => c.id));
  const termsById = new Map(vestingTerms.map((t) => [t.id, new Set((t.vesting_conditions ?? []).map((c) => c.id))]));
  const issuances = transactions.filter((tx): tx is OcfStockIssuance => tx.object_type === 'TX_STOCK_ISSUANCE');
  duplicateIds('security (issued)', issuances.map((i) => i.security_id), problems);
  const issuanceOf = new Map(issuances.map((issuance) => [issuance.security_id, issuance]));

  for (const issuance of issuances) {
    const what = `issuance ${issuance.id}`;
    if (!stakeholderIds.has(issuance.stakeholder_id)) problems.push(`${what}: stakeholder_id "${issuance.stakeholder_id}" is not a stakeholder in the package`);
    if (!classIds.has(issuance.stock_class_id)) problems.push(`${what}: stock_class_id "${issuance.stock_class_id}" is not a stock class in the package`);
    if (issuance.vesting_terms_id !== undefined && !termsById.has(issuance.vesting_terms_id)) problems.push(`${what}: vesting_terms_id "${issuance.vesting_terms_id}" is not a vesting terms object in the package`);
    const quantity = numeric(issuance.quantity);
    if (quantity === null || quantity <= 0n) problems.push(`${what}: quantity "${issuance.quantity}" is not a positive number`);
  }

  const terminal = new Map<string, Reduction>();
  const vestedConditions = new Set<string>();
  for (const tx of transactions) {
    if (tx.object_type === 'TX_STOCK_ISSUANCE') continue;
    const what = `${tx.object_type} ${tx.id}`;
    const security = issuanceOf.get(tx.security_id);
    if (!security) {
      problems.push(`${what}: security_id "${tx.security_id}" was never issued in the package`);
      continue;
    }
    if (tx.date < security.date) problems.push(`${what}: dated ${tx.date}, before its security was issued (${security.date})`);
    const ended = terminal.get(tx.security_id);
    if (ended && tx.date > ended.date) problems.push(`${what}: security ${tx.security_id} already ended by ${ended.id} on ${ended.date}`);
    if (tx.object_type === 'TX_VESTING_EVENT') {
      const conditions = security.vesting_terms_id === undefined ? undefined : termsById.get(security.vesting_terms_id);
      if (!conditions || !conditions.has(tx.vesting_condition_id)) {
        problems.push(`${what}: vesting_condition_id "${tx.vesting_condition_id}" is not a condition of the vesting terms of ${tx.security_id}`);
      }
      const key = `${tx.security_id}\u0000${tx.vesting_condition_id}`;
      if (vestedConditions.has(key)) problems.push(`${what}: condition "${tx.vesting_condition_id}" of ${tx.security_id} vests twice`);
      vestedConditions.add(key);
      continue;
    }
    if (ended) problems.push(`${what}: security ${tx.security_id} was already ended by ${ended.id}; a partial one issues the rest as a balance security`);
    terminal.set(tx.security_id, tx);
    const held = numeric(security.quantity) ?? 0n;
    const taken = numeric(tx.quantity);
    if (taken === null || taken <= 0n) {
      problems.push(`${what}: quantity "${tx.quantity}" is not a positive number`);
      continue;
    }
    if (taken > held) {
      problems.push(`${what}: takes ${show(taken)} shares of ${tx.security_id}, which holds ${show(held)}`);
      continue;
    }
    const rest = held - taken;
    if (tx.balance_security_id === undefined) {
      if (rest > 0n) problems.push(`${what}: leaves ${show(rest)} shares of ${tx.security_id} but names no balance_security_id`);
      continue;
    }
    const balance = issuanceOf.get(tx.balance_security_id);
    if (!balance) problems.push(`${what}: balance_security_id "${tx.balance_security_id}" was never issued in the package`);
    else {
      if ((numeric(balance.quantity) ?? -1n) !== rest) problems.push(`${what}: balance ${tx.balance_security_id} holds ${balance.quantity} shares, not the ${show(rest)} left`);
      if (balance.date !== tx.date) problems.push(`${what}: balance ${tx.balance_security_id} is issued on ${balance.date}, not the same day`);
      if (balance.stakeholder_id !== security.stakeholder_id || balance.stock_class_id !== security.stock_class_id) {
        problems.push(`${what}: balance ${tx.balance_security_id} is not the same holder and class as ${tx.security_id}`);
      }
    }
  }
  return problems;
}
