import { shanghaiDay } from '../../billing/billing-period.js';
import { formatCny } from '../../money/money.js';
import { fenPerShare, microYuanDecimal, pricePerShareMicroYuan } from '../equity-maths.js';
import type { FenPerShare } from '../equity-maths.js';
import type { CapStakeholder, CapStockClass, CapTableSnapshot, CentreGrant, StakeholderKind } from './cap-table-snapshot.js';
import { checkOcfReferences } from './check-ocf-references.js';
import { ocfFileMd5 } from './ocf-file-text.js';
import { OCF_FILES, OCF_VERSION, OcfExportError } from './ocf-types.js';
import type { OcfIssuer, OcfManifest, OcfMonetary, OcfPackage, OcfStakeholder, OcfStakeholderRelationship, OcfStockClass } from './ocf-types.js';
import { ChainError, SecurityChain } from './security-chain.js';
import type { Reduction, SecurityOrigin, SequencedTransaction } from './security-chain.js';
import { snapshotProblems } from './snapshot-problems.js';

export interface ToOcfOptions {
  /** When the package is made (the manifest's generated_at); passed in so the output is reproducible. */
  generatedAt: Date;
}

/**
 * Rounding rule for every price in the export: the exact fen-per-share fraction rounded half up
 * to six decimals of a yuan (pricePerShareMicroYuan), written as a plain decimal string of yuan.
 */
export function cnyPerShare(price: FenPerShare): OcfMonetary {
  return { amount: microYuanDecimal(pricePerShareMicroYuan(price)), currency: 'CNY' };
}

const RELATIONSHIP: Record<StakeholderKind, OcfStakeholderRelationship> = {
  FOUNDER: 'FOUNDER',
  INVESTOR: 'INVESTOR',
  EMPLOYEE: 'EMPLOYEE',
  // OCF has no "incubator": the centre invests compute credit for shares.
  CENTRE: 'INVESTOR',
  OTHER: 'OTHER',
};

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function issuerOf(snapshot: CapTableSnapshot): OcfIssuer {
  const { issuer } = snapshot;
  // OCF requires a formation date. When none is on file, the earliest day in the cap table stands in
  // (the company existed by then), and a comment says so.
  const days = [
    ...snapshot.stockClasses.map((c) => c.createdOn),
    ...snapshot.issuances.map((i) => i.issuedOn),
    ...snapshot.centreGrants.map((g) => g.signedOn),
    shanghaiDay(snapshot.asOf),
  ].sort(byText);
  const formation = issuer.formedOn ?? days[0]!;
  return {
    object_type: 'ISSUER',
    id: issuer.id,
    legal_name: issuer.legalName,
    formation_date: formation,
    country_of_formation: issuer.country,
    ...(issuer.taxId ? { tax_ids: [{ tax_id: issuer.taxId, country: issuer.country }] } : {}),
    ...(issuer.formedOn === null
      ? { comments: [`成立日期未登记，以股权表中最早的日期 ${formation} 代替 / formation date not on file: the earliest date in the cap table (${formation}) stands in`] }
      : {}),
  };
}

function stakeholderOf(stakeholder: CapStakeholder): OcfStakeholder {
  return {
    object_type: 'STAKEHOLDER',
    id: stakeholder.id,
    name: { legal_name: stakeholder.name },
    stakeholder_type: stakeholder.entityType,
    current_relationship: RELATIONSHIP[stakeholder.kind],
    ...(stakeholder.kind === 'CENTRE' ? { comments: ['孵化中心：以算力额度换取股份 / the incubation centre: shares for compute credit'] } : {}),
  };
}

/** Classes by seniority, then creation day, then id: the order of the file and of the id prefixes. */
function orderedClasses(classes: readonly CapStockClass[]): CapStockClass[] {
  return [...classes].sort((a, b) => a.seniority - b.seniority || byText(a.createdOn, b.createdOn) || byText(a.id, b.id));
}

/** 'CS-' for the first common class, 'CS2-' for the second, 'PS-' / 'PS2-' for preferred: unique per class. */
function idPrefixes(classes: readonly CapStockClass[]): Map<string, string> {
  const counts = { COMMON: 0, PREFERRED: 0 };
  return new Map(
    classes.map((stockClass) => {
      counts[stockClass.classType] += 1;
      const n = counts[stockClass.classType];
      return [stockClass.id, `${stockClass.classType === 'COMMON' ? 'CS' : 'PS'}${n === 1 ? '' : n}-`];
    }),
  );
}

function stockClassOf(stockClass: CapStockClass, prefix: string): OcfStockClass {
  return {
    object_type: 'STOCK_CLASS',
    id: stockClass.id,
    name: stockClass.name,
    class_type: stockClass.classType,
    default_id_prefix: prefix,
    // The snapshot's null means "unlimited or not on file"; OCF has no "unknown", so UNLIMITED.
    initial_shares_authorized: stockClass.sharesAuthorized === null ? 'UNLIMITED' : stockClass.sharesAuthorized.toString(),
    votes_per_share: (stockClass.votesPerShare ?? 1n).toString(),
    seniority: String(stockClass.seniority),
    ...(stockClass.pricePerShare ? { price_per_share: cnyPerShare(stockClass.pricePerShare) } : {}),
  };
}

/** Deterministic custom ids: the class prefix and a number counting that class's securities by date, then id. */
function customIds(snapshot: CapTableSnapshot, prefixes: Map<string, string>): Map<string, string> {
  const securities = [
    ...snapshot.issuances.map((i) => ({ id: i.id, classId: i.stockClassId, on: i.issuedOn })),
    ...snapshot.centreGrants.map((g) => ({ id: g.termSheetId, classId: g.stockClassId, on: g.signedOn })),
  ].sort((a, b) => byText(a.on, b.on) || byText(a.id, b.id));
  const counters = new Map<string, number>();
  return new Map(
    securities.map((security) => {
      const n = (counters.get(security.classId) ?? 0) + 1;
      counters.set(security.classId, n);
      return [security.id, `${prefixes.get(security.classId)!}${n}`];
    }),
  );
}

function repurchases(snapshot: CapTableSnapshot, securityOf: string): { order: number; date: string; key: string; reduction: Reduction }[] {
  return snapshot.buyBacks
    .filter((buyBack) => buyBack.securityOf === securityOf)
    .map((buyBack) => ({
      order: 1,
      date: buyBack.on,
      key: buyBack.id,
      reduction: {
        kind: 'REPURCHASE' as const,
        txId: `buy-back-${buyBack.id}`,
        date: buyBack.on,
        quantity: buyBack.shares,
        // The per-share price is rounded; the exact total paid is kept in words.
        price: cnyPerShare(fenPerShare(buyBack.priceFen, buyBack.shares)),
        considerationText: `回购总价 ${formatCny(buyBack.priceFen)} / total price paid ${formatCny(buyBack.priceFen)}`,
      },
    }));
}

type ChainStep = { order: number; date: string; key: string; apply: (chain: SecurityChain) => void };

/** Events on a security by date; on one day releases, then buy-backs, then the close. */
function run(chain: SecurityChain, steps: ChainStep[]): SecurityChain {
  steps.sort((a, b) => byText(a.date, b.date) || a.order - b.order || byText(a.key, b.key));
  for (const step of steps) step.apply(chain);
  return chain;
}

function grantChain(snapshot: CapTableSnapshot, grant: CentreGrant, customId: string): SecurityChain {
  const id = grant.termSheetId;
  const credit = formatCny(grant.creditFen);
  const origin: SecurityOrigin = {
    issuanceId: `grant-${id}`,
    securityId: `grant-${id}-security`,
    customId,
    stakeholderId: grant.stakeholderId,
    stockClassId: grant.stockClassId,
    sharePrice: cnyPerShare(grant.pricePerShare),
    quantity: grant.totalShares,
    date: grant.signedOn,
    considerationText: `算力额度 ${credit} (compute credit)`,
    comments: [`算力换股权，${grant.tranches.length} 个批次，条款 ${id} / compute for equity in ${grant.tranches.length} tranches, term sheet ${id}`],
  };
  const chain = new SecurityChain(origin, {
    termsId: `grant-${id}-vesting`,
    name: `算力换股权 ${grant.tranches.length} 批次 / Compute for equity, ${grant.tranches.length} tranches`,
    description:
      '每个批次的股份在其算力额度释放时归属（VESTING_EVENT），各批次相互独立；额度关闭时未获得的股份注销。 / ' +
      "Each tranche's shares vest when its compute credit is released (a VESTING_EVENT); tranches are independent of each other. Shares never earned are cancelled when the credit line closes.",
    tranches: grant.tranches.map((tranche) => ({
      index: tranche.index,
      shares: tranche.shares,
      description: `批次 ${tranche.index + 1}：额度 ${formatCny(tranche.creditFen)}，${tranche.shares} 股 / tranche ${tranche.index + 1}: ${formatCny(tranche.creditFen)} of credit for ${tranche.shares} shares`,
    })),
  });
  const steps: ChainStep[] = [];
  for (const tranche of grant.tranches) {
    const releasedOn = tranche.releasedOn;
    if (releasedOn === null) continue;
    steps.push({ order: 0, date: releasedOn, key: String(tranche.index).padStart(6, '0'), apply: (c) => c.vest(tranche.index, `grant-${id}-tranche-${tranche.index + 1}-vesting`, releasedOn) });
  }
  for (const step of repurchases(snapshot, id)) steps.push({ ...step, apply: (c) => c.reduce(step.reduction) });
  const closed = grant.closed;
  if (closed && closed.sharesForfeited > 0n) {
    steps.push({
      order: 2,
      date: closed.on,
      key: '',
      apply: (c) =>
        c.reduce({
          kind: 'CANCEL',
          txId: `grant-${id}-forfeit`,
          date: closed.on,
          quantity: closed.sharesForfeited,
          reasonText: `算力额度于 ${closed.on} 关闭，未使用额度对应的 ${closed.sharesForfeited} 股不再发行 / the compute credit line closed on ${closed.on}: the ${closed.sharesForfeited} shares of its unused credit are never earned`,
        }),
    });
  }
  return run(chain, steps);
}

/**
 * The snapshot as an Open Cap Format v1.2.0 package (see docs/ocf-export.md). Pure: the same
 * snapshot and generatedAt give byte-identical files, whatever order the snapshot lists things in
 * (every list in the output is sorted). Throws OcfExportError OCF_SNAPSHOT_INVALID
 * when the snapshot breaks its rules (snapshotProblems, or a buy-back larger than what its security
 * holds), and OCF_REFERENCES_BROKEN if its own output fails checkOcfReferences — a bug, and a
 * broken cap table must not be handed out as a download.
 */
export function toOcf(snapshot: CapTableSnapshot, options: ToOcfOptions): OcfPackage {
  const problems = snapshotProblems(snapshot);
  if (Number.isNaN(options.generatedAt.getTime())) problems.push('generatedAt is not a valid instant');
  if (problems.length > 0) throw new OcfExportError('OCF_SNAPSHOT_INVALID', problems);

  const classes = orderedClasses(snapshot.stockClasses);
  const prefixes = idPrefixes(classes);
  const custom = customIds(snapshot, prefixes);
  const chains: SecurityChain[] = [];
  try {
    for (const issuance of snapshot.issuances) {
      const origin: SecurityOrigin = {
        issuanceId: `issuance-${issuance.id}`,
        securityId: `issuance-${issuance.id}-security`,
        customId: custom.get(issuance.id)!,
        stakeholderId: issuance.stakeholderId,
        stockClassId: issuance.stockClassId,
        sharePrice: cnyPerShare(issuance.pricePerShare),
        quantity: issuance.shares,
        date: issuance.issuedOn,
        considerationText: issuance.considerationText,
        comments: [],
      };
      const chain = new SecurityChain(origin, null);
      chains.push(run(chain, repurchases(snapshot, issuance.id).map((step) => ({ ...step, apply: (c) => c.reduce(step.reduction) }))));
    }
    for (const grant of snapshot.centreGrants) chains.push(grantChain(snapshot, grant, custom.get(grant.termSheetId)!));
  } catch (error) {
    if (error instanceof ChainError) throw new OcfExportError('OCF_SNAPSHOT_INVALID', [error.message]);
    throw error;
  }

  // By date, then the order of events on the same security (an issuance before what happens to it), then id.
  const transactions = chains
    .flatMap((chain) => chain.transactions)
    .sort((a: SequencedTransaction, b: SequencedTransaction) => byText(a.tx.date, b.tx.date) || a.sequence - b.sequence || byText(a.tx.id, b.tx.id))
    .map(({ tx }) => tx);

  const files = {
    [OCF_FILES.stakeholders]: { file_type: 'OCF_STAKEHOLDERS_FILE' as const, items: [...snapshot.stakeholders].sort((a, b) => byText(a.id, b.id)).map(stakeholderOf) },
    [OCF_FILES.stockClasses]: { file_type: 'OCF_STOCK_CLASSES_FILE' as const, items: classes.map((c) => stockClassOf(c, prefixes.get(c.id)!)) },
    [OCF_FILES.vestingTerms]: { file_type: 'OCF_VESTING_TERMS_FILE' as const, items: chains.flatMap((chain) => chain.vestingTerms).sort((a, b) => byText(a.id, b.id)) },
    [OCF_FILES.transactions]: { file_type: 'OCF_TRANSACTIONS_FILE' as const, items: transactions },
  };
  const reference = (name: keyof typeof files) => [{ filepath: name, md5: ocfFileMd5(files[name]) }];
  const manifest: OcfManifest = {
    file_type: 'OCF_MANIFEST_FILE',
    ocf_version: OCF_VERSION,
    issuer: issuerOf(snapshot),
    as_of: shanghaiDay(snapshot.asOf),
    generated_at: options.generatedAt.toISOString(),
    comments: [
      '由算力平台导出；日期为北京时间；每股价格为人民币元，按四舍五入保留六位小数 / exported by Suanli; dates are Asia/Shanghai days; prices per share are CNY rounded half up to six decimals',
    ],
    stock_plans_files: [],
    stock_legend_templates_files: [],
    stock_classes_files: reference(OCF_FILES.stockClasses),
    vesting_terms_files: reference(OCF_FILES.vestingTerms),
    valuations_files: [],
    transactions_files: reference(OCF_FILES.transactions),
    stakeholders_files: reference(OCF_FILES.stakeholders),
  };
  const pkg: OcfPackage = { [OCF_FILES.manifest]: manifest, ...files };
  const broken = checkOcfReferences(pkg);
  if (broken.length > 0) throw new OcfExportError('OCF_REFERENCES_BROKEN', broken);
  return pkg;
}
