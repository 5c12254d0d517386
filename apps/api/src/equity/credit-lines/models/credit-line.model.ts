import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { TrancheStatus } from '@suanli/domain';
import { FenScalar } from '../../../common/graphql/fen.scalar.js';
import { TrancheRelease } from '../../models/term-sheet.model.js';
import type { CreditLineStatus } from '../entities/credit-line.entities.js';

export enum CreditLineStatusEnum {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
}
registerEnumType(CreditLineStatusEnum, {
  name: 'CreditLineStatus',
  description: 'Whether a credit line can still be drawn.',
  valuesMap: {
    ACTIVE: { description: 'Open: its released tranches pay the project’s invoices until the credit expires.' },
    EXPIRED: { description: 'Closed at its expiry: nothing more is drawn; unused credit earned no shares.' },
  },
});

export enum TrancheStatusEnum {
  LOCKED = 'LOCKED',
  RELEASED = 'RELEASED',
  FULLY_DRAWN = 'FULLY_DRAWN',
}
registerEnumType(TrancheStatusEnum, {
  name: 'TrancheStatus',
  description: 'Where a tranche of a credit line stands.',
  valuesMap: {
    LOCKED: { description: 'Its release condition is not met yet; it cannot be drawn.' },
    RELEASED: { description: 'Drawable: invoices of the project draw on it.' },
    FULLY_DRAWN: { description: 'All its credit drawn; its shares were issued to the centre.' },
  },
});

@ObjectType({ description: 'One tranche of a credit line: its credit and shares, what is drawn, and when it was released.' })
export class CreditTranche {
  @Field(() => Int, { description: '0-based position; tranches are drawn in this order.' })
  trancheNo!: number;

  @Field(() => Int, { description: 'Its part of the credit and of the centre’s shares, in basis points.' })
  percentBasisPoints!: number;

  @Field(() => TrancheRelease, { description: 'What releases it, as signed.' })
  release!: TrancheRelease;

  @Field(() => TrancheStatusEnum, { description: 'Its status now; on an expired line nothing is drawable, whatever the status.' })
  status!: TrancheStatus;

  @Field(() => FenScalar, { description: 'Its credit.' })
  creditFen!: bigint;

  @Field(() => FenScalar, { description: 'Drawn from it so far.' })
  drawnFen!: bigint;

  @Field(() => FenScalar, { description: 'Credit left in it.' })
  remainingFen!: bigint;

  @Field({ description: 'The centre’s shares it issues when drawn in full, as a decimal string.' })
  shares!: string;

  @Field(() => Date, { nullable: true, description: 'When it was released; null while locked.' })
  releasedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was drawn in full (and its shares issued); null until then.' })
  fullyDrawnAt!: Date | null;
}

@ObjectType({ description: 'A draw on a credit line: part of an invoice line paid from one tranche.' })
export class CreditDraw {
  @Field(() => ID, { description: 'The draw’s id.' })
  id!: string;

  @Field(() => Int, { description: 'The tranche drawn.' })
  trancheNo!: number;

  @Field(() => ID, { description: 'The invoice that drew.' })
  invoiceId!: string;

  @Field(() => String, { nullable: true, description: 'That invoice’s number.' })
  invoiceNumber!: string | null;

  @Field(() => FenScalar, { description: 'How much.' })
  amountFen!: bigint;

  @Field({ description: 'When.' })
  drawnAt!: Date;
}

@ObjectType({ description: 'The compute credit signed terms opened for a project, in tranches that release the centre’s shares.' })
export class CreditLine {
  @Field(() => ID, { description: 'The credit line’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The signed term sheet it comes from.' })
  termSheetId!: string;

  @Field(() => Int, { description: 'The signed version.' })
  versionNo!: number;

  @Field(() => ID, { description: 'The startup’s organisation.' })
  organisationId!: string;

  @Field({ description: 'The startup’s name.' })
  organisationName!: string;

  @Field(() => ID, { description: 'The project whose invoices draw on it.' })
  projectId!: string;

  @Field({ description: 'The project’s name.' })
  projectName!: string;

  @Field(() => CreditLineStatusEnum, { description: 'ACTIVE or EXPIRED.' })
  status!: CreditLineStatus;

  @Field(() => FenScalar, { description: 'The credit signed.' })
  creditFen!: bigint;

  @Field(() => FenScalar, { description: 'Drawn so far.' })
  drawnFen!: bigint;

  @Field(() => FenScalar, { description: 'Credit not drawn yet (lost if the line expires).' })
  remainingFen!: bigint;

  @Field(() => FenScalar, { description: 'What the project’s invoices could draw now: released credit, plus tranches drawing would release on the way; 0 once expired.' })
  drawableFen!: bigint;

  @Field({ description: 'The centre’s shares if all the credit is drawn, as a decimal string.' })
  totalShares!: string;

  @Field({ description: 'The centre’s shares issued from this line so far, as a decimal string.' })
  sharesIssued!: string;

  @Field({ description: 'The price per share the centre pays, in yuan with six decimals (rounded half up from the exact fraction).' })
  pricePerShare!: string;

  @Field({ description: 'The share class the centre’s shares are issued in.' })
  shareClass!: string;

  @Field({ description: 'When it was opened (the signing).' })
  openedAt!: Date;

  @Field({ description: 'When undrawn credit expires.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it closed; null while active.' })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until when the founders may buy the centre’s shares back; null without a buy-back option.' })
  buyBackUntil!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The buy-back premium in basis points; null without a buy-back option.' })
  buyBackPremiumBasisPoints!: number | null;

  @Field(() => [CreditTranche], { description: 'Its tranches, in drawing order.' })
  tranches!: CreditTranche[];

  @Field(() => [CreditDraw], { description: 'Every draw, oldest first (the drawdown over time).' })
  draws!: CreditDraw[];
}
