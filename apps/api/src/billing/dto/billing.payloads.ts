import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { CardPrice } from '../models/card-price.model.js';
import { BillingRun, Invoice, Payment } from '../models/invoice.model.js';
import { Voucher, VoucherApplication, VoucherProgramme } from '../models/voucher.model.js';

const ERRORS = { description: 'Business rules the input broke; empty when the mutation succeeded.' };
const NULL_WHEN = 'null when userErrors say why nothing changed';

@ObjectType({ description: 'Result of setCardPrice.' })
export class SetCardPricePayload {
  @Field(() => CardPrice, { nullable: true, description: `The new version; ${NULL_WHEN}.` })
  price?: CardPrice | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of runBilling.' })
export class RunBillingPayload {
  @Field(() => BillingRun, { nullable: true, description: `The run, finished; ${NULL_WHEN}.` })
  run?: BillingRun | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a change to an invoice.' })
export class InvoicePayload {
  @Field(() => Invoice, { nullable: true, description: `The invoice after the change; ${NULL_WHEN}.` })
  invoice?: Invoice | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of recordPayment.' })
export class RecordPaymentPayload {
  @Field(() => Invoice, { nullable: true, description: `The invoice after the payment; ${NULL_WHEN}.` })
  invoice?: Invoice | null;

  @Field(() => Payment, { nullable: true, description: `The payment recorded; ${NULL_WHEN}.` })
  payment?: Payment | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of createCreditNote.' })
export class CreateCreditNotePayload {
  @Field(() => Invoice, { nullable: true, description: `The corrected invoice; ${NULL_WHEN}.` })
  invoice?: Invoice | null;

  @Field(() => Invoice, { nullable: true, description: `The credit note; ${NULL_WHEN}.` })
  creditNote?: Invoice | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a change to a voucher programme.' })
export class VoucherProgrammePayload {
  @Field(() => VoucherProgramme, { nullable: true, description: `The programme; ${NULL_WHEN}.` })
  programme?: VoucherProgramme | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of a change to a voucher application.' })
export class VoucherApplicationPayload {
  @Field(() => VoucherApplication, { nullable: true, description: `The application; ${NULL_WHEN}.` })
  application?: VoucherApplication | null;

  @Field(() => Voucher, { nullable: true, description: 'The voucher issued, when approved.' })
  voucher?: Voucher | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of marking or unmarking a related party.' })
export class RelatedPartyPayload {
  @Field(() => Boolean, { nullable: true, description: `Whether the organisation is now a related party; ${NULL_WHEN}.` })
  relatedParty?: boolean | null;

  @Field(() => [UserError], ERRORS)
  userErrors!: UserError[];
}
