import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Industry, OrganisationKind, ProjectStage } from '@suanli/domain';
import { IndustryEnum, OrganisationKindEnum, ProjectStageEnum } from '../../../common/graphql/domain-enums.js';
import { FenScalar } from '../../../common/graphql/fen.scalar.js';

@ObjectType({ description: 'The centre’s figures over a set of holdings; in a breakdown, the rows add up to the totals.' })
export class PortfolioFigures {
  @Field(() => Int, { description: 'Startups counted.' })
  startups!: number;

  @Field({ description: 'The centre’s shares held: shares issued from fully drawn tranches (and drawn parts at expiry) less shares bought back, as a decimal string.' })
  sharesHeld!: string;

  @Field(() => FenScalar, { description: 'Credit committed: Σ credit of the signed lines (active and expired).' })
  committedFen!: bigint;

  @Field(() => FenScalar, { description: 'Credit released: Σ credit of the tranches whose release condition was met.' })
  releasedFen!: bigint;

  @Field(() => FenScalar, { description: 'Credit drawn by invoices.' })
  drawnFen!: bigint;

  @Field(() => FenScalar, { description: 'Committed − drawn (lost on lines that expired).' })
  remainingFen!: bigint;

  @Field(() => FenScalar, { description: 'Σ of each startup’s implied value (each rounded once, half up, to a fen).' })
  impliedValueFen!: bigint;
}

@ObjectType({ description: 'The compute a startup used in one billing month: the lines of its issued (or paid) invoices.' })
export class PortfolioUsageMonth {
  @Field({ description: 'The billing month, YYYY-MM (Asia/Shanghai).' })
  month!: string;

  @Field({ description: 'Card-seconds invoiced, as a decimal string.' })
  cardSeconds!: string;

  @Field(() => Float, { description: 'cardSeconds / 3600, for display.' })
  cardHours!: number;

  @Field(() => FenScalar, { description: 'Invoiced amount of those lines before any payer (free adaptation, vouchers, equity credit, cash).' })
  invoicedFen!: bigint;
}

@ObjectType({ description: 'The centre’s holding in one startup through its credit lines.' })
export class PortfolioHolding {
  @Field(() => ID, { description: 'The startup’s organisation.' })
  organisationId!: string;

  @Field({ description: 'Its name.' })
  organisationName!: string;

  @Field(() => IndustryEnum, { description: 'Its industry.' })
  industry!: Industry;

  @Field(() => OrganisationKindEnum, { description: 'Its kind.' })
  kind!: OrganisationKind;

  @Field(() => ProjectStageEnum, { description: 'The lifecycle stage the breakdown counts it in: the stage of the project of its latest signed line.' })
  stage!: ProjectStage;

  @Field(() => [ProjectStageEnum], { description: 'The stages of all its projects with a credit line, in lifecycle order, each once.' })
  stages!: ProjectStage[];

  @Field(() => Int, { description: 'Its credit lines.' })
  creditLines!: number;

  @Field(() => ID, { description: 'The latest signed line (the valuation the implied value uses).' })
  latestCreditLineId!: string;

  @Field({ description: 'Post-money shares of the latest signed line: its pre-money fully-diluted shares plus the centre’s shares under that line; a later change to the cap table outside the terms is not counted.' })
  postMoneyShares!: string;

  @Field(() => Int, { description: 'Shares held ÷ postMoneyShares, in basis points rounded half up.' })
  percentBasisPoints!: number;

  @Field({ description: 'The latest signed line’s price per share in micro-yuan (1/10000 fen), rounded half up, as a decimal string; for display only.' })
  pricePerShareMicroYuan!: string;

  @Field(() => PortfolioFigures, { description: 'Its figures; impliedValueFen = sharesHeld × the latest price per share (exact fraction), rounded half up to a fen once.' })
  figures!: PortfolioFigures;

  @Field(() => [PortfolioUsageMonth], { description: 'Its compute usage of the last 6 billing months, oldest first, months without invoices as zero.' })
  usage!: PortfolioUsageMonth[];
}

@ObjectType({ description: 'A breakdown row: the figures of the holdings with one industry or one stage.' })
export class PortfolioIndustryRow {
  @Field(() => IndustryEnum, { description: 'The industry.' })
  industry!: Industry;

  @Field(() => PortfolioFigures, { description: 'Its figures.' })
  figures!: PortfolioFigures;
}

@ObjectType({ description: 'A breakdown row: the figures of the holdings counted in one lifecycle stage (see PortfolioHolding.stage).' })
export class PortfolioStageRow {
  @Field(() => ProjectStageEnum, { description: 'The stage.' })
  stage!: ProjectStage;

  @Field(() => PortfolioFigures, { description: 'Its figures.' })
  figures!: PortfolioFigures;
}

@ObjectType({ description: 'The centre’s equity portfolio: every startup it holds (or may come to hold) shares in through signed credit lines.' })
export class Portfolio {
  @Field({ description: 'When the figures were read.' })
  asOf!: Date;

  @Field(() => PortfolioFigures, { description: 'Over all holdings.' })
  totals!: PortfolioFigures;

  @Field(() => [PortfolioHolding], { description: 'One per startup with a signed line, highest implied value first.' })
  holdings!: PortfolioHolding[];

  @Field(() => [PortfolioIndustryRow], { description: 'By industry; the rows add up to the totals.' })
  byIndustry!: PortfolioIndustryRow[];

  @Field(() => [PortfolioStageRow], { description: 'By stage; the rows add up to the totals.' })
  byStage!: PortfolioStageRow[];
}
