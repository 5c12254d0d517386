import { holdingBasisPoints, impliedValueFen, INDUSTRIES, PROJECT_STAGES, pricePerShareMicroYuan, type Industry, type OrganisationKind, type ProjectStage } from '@suanli/domain';
import type { PortfolioFigures, PortfolioHolding, PortfolioIndustryRow, PortfolioStageRow, PortfolioUsageMonth } from '../models/portfolio.model.js';

/** One signed credit line with what has happened on it, as the service reads it from the tables. */
export interface PortfolioLineFacts {
  id: string;
  organisationId: string;
  projectStage: ProjectStage;
  openedAt: Date;
  creditFen: bigint;
  drawnFen: bigint;
  releasedFen: bigint;
  /** TRANCHE issuances of this line. */
  sharesIssued: bigint;
  /** Buy-backs of the centre's shares under this line. */
  sharesBoughtBack: bigint;
  priceNumerator: bigint;
  priceDenominator: bigint;
  postMoneyShares: bigint;
}

export interface PortfolioStartup {
  id: string;
  name: string;
  industry: Industry;
  kind: OrganisationKind;
}

type Summable = Omit<PortfolioFigures, 'startups' | 'sharesHeld'> & { startups: number; shares: bigint };

const ZERO: Summable = { startups: 0, shares: 0n, committedFen: 0n, releasedFen: 0n, drawnFen: 0n, remainingFen: 0n, impliedValueFen: 0n };

function add(a: Summable, b: Summable): Summable {
  return {
    startups: a.startups + b.startups,
    shares: a.shares + b.shares,
    committedFen: a.committedFen + b.committedFen,
    releasedFen: a.releasedFen + b.releasedFen,
    drawnFen: a.drawnFen + b.drawnFen,
    remainingFen: a.remainingFen + b.remainingFen,
    impliedValueFen: a.impliedValueFen + b.impliedValueFen,
  };
}

function figuresOf({ shares, ...rest }: Summable): PortfolioFigures {
  return { ...rest, sharesHeld: shares.toString() };
}

/** The latest signed line sets the valuation: opened last (ties by id, so the answer is stable). */
function latestOf(lines: readonly PortfolioLineFacts[]): PortfolioLineFacts {
  return [...lines].sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime() || (a.id < b.id ? 1 : -1))[0]!;
}

/**
 * One startup's holding. The implied value is sharesHeld × the latest price (an exact fen fraction),
 * rounded half up to a fen once for the startup, so the totals are sums of whole fen that add up.
 */
export function holdingOf(startup: PortfolioStartup, lines: readonly PortfolioLineFacts[], usage: PortfolioUsageMonth[]): PortfolioHolding & { summable: Summable } {
  const latest = latestOf(lines);
  let summable: Summable = { ...ZERO, startups: 1 };
  for (const line of lines) {
    summable = add(summable, {
      ...ZERO,
      shares: line.sharesIssued - line.sharesBoughtBack,
      committedFen: line.creditFen,
      releasedFen: line.releasedFen,
      drawnFen: line.drawnFen,
      remainingFen: line.creditFen - line.drawnFen,
    });
  }
  summable.impliedValueFen = impliedValueFen(summable.shares, { numerator: latest.priceNumerator, denominator: latest.priceDenominator });
  const stages = PROJECT_STAGES.filter((stage) => lines.some((line) => line.projectStage === stage));
  return {
    organisationId: startup.id,
    organisationName: startup.name,
    industry: startup.industry,
    kind: startup.kind,
    stage: latest.projectStage,
    stages,
    creditLines: lines.length,
    latestCreditLineId: latest.id,
    postMoneyShares: latest.postMoneyShares.toString(),
    percentBasisPoints: Number(holdingBasisPoints(summable.shares, latest.postMoneyShares)),
    pricePerShareMicroYuan: pricePerShareMicroYuan({ numerator: latest.priceNumerator, denominator: latest.priceDenominator }).toString(),
    figures: figuresOf(summable),
    usage,
    summable,
  };
}

/** The rows of one dimension in the domain's order, only the keys that hold something; they partition the holdings. */
function breakdown<K extends string>(holdings: readonly { summable: Summable }[], order: readonly K[], keyOf: (h: never) => K): { key: K; figures: PortfolioFigures }[] {
  return order
    .map((key) => ({ key, members: holdings.filter((h) => keyOf(h as never) === key) }))
    .filter(({ members }) => members.length > 0)
    .map(({ key, members }) => ({ key, figures: figuresOf(members.reduce((sum, h) => add(sum, h.summable), ZERO)) }));
}

/** Totals and both breakdowns from the holdings; each breakdown sums to the totals by construction. */
export function portfolioOf(holdings: readonly (PortfolioHolding & { summable: Summable })[]) {
  const sorted = [...holdings].sort((a, b) => (a.summable.impliedValueFen === b.summable.impliedValueFen ? a.organisationName.localeCompare(b.organisationName) : a.summable.impliedValueFen > b.summable.impliedValueFen ? -1 : 1));
  const byIndustry: PortfolioIndustryRow[] = breakdown(sorted, INDUSTRIES, (h: PortfolioHolding) => h.industry).map(({ key, figures }) => ({ industry: key, figures }));
  const byStage: PortfolioStageRow[] = breakdown(sorted, PROJECT_STAGES, (h: PortfolioHolding) => h.stage).map(({ key, figures }) => ({ stage: key, figures }));
  return {
    totals: figuresOf(sorted.reduce((sum, h) => add(sum, h.summable), ZERO)),
    holdings: sorted.map(({ summable: _summable, ...holding }) => holding),
    byIndustry,
    byStage,
  };
}
