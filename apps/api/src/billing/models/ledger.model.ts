import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalar } from '../../common/graphql/fen.scalar.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'An account of the double-entry ledger with its balance (debit positive, credit negative).' })
export class LedgerAccountBalance {
  @Field({ description: 'The account’s code, e.g. RECEIVABLE:<organisation id>, VOUCHER:<voucher id>, REVENUE.' })
  code!: string;

  @Field({ description: 'RECEIVABLE, CASH, REVENUE, FREE_ADAPTATION, CITY_GRANT, PROGRAMME_BUDGET, VOUCHER or EQUITY_CREDIT.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The organisation it is kept for, if any.' })
  organisationId!: string | null;

  @Field(() => FenScalar, { description: 'Sum of its entries.' })
  balanceFen!: bigint;
}

@ObjectType({ description: 'Whether the ledger holds together: every transaction balances and every receivable matches the invoices.' })
export class LedgerCheck {
  @Field({ description: 'True when nothing below is off.' })
  healthy!: boolean;

  @Field(() => FenScalar, { description: 'Sum of all entries; always 0 in double entry.' })
  totalFen!: bigint;

  @Field(() => Int, { description: 'Transactions whose legs do not sum to zero (the database refuses them at commit, so 0).' })
  unbalancedTransactions!: number;

  @Field(() => Int, { description: 'Organisations whose receivable differs from issued invoices − payments − credit notes.' })
  receivableMismatches!: number;

  @Field(() => Int, { description: 'Vouchers whose balance differs from their ledger account.' })
  voucherMismatches!: number;

  @Field(() => [LedgerAccountBalance], { description: 'The centre-wide accounts (cash, revenue, free adaptation).' })
  centreAccounts!: LedgerAccountBalance[];
}

@ObjectType({ description: 'One leg of a ledger transaction.' })
export class LedgerEntry {
  @Field(() => ID, { description: 'The entry’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The transaction it belongs to; its legs sum to zero.' })
  transactionId!: string;

  @Field({ description: 'The account’s code.' })
  accountCode!: string;

  @Field(() => FenScalar, { description: 'Debit positive, credit negative.' })
  amountFen!: bigint;

  @Field({ description: 'What moved the money: INVOICE_ISSUED, PAYMENT, CREDIT_NOTE, PROGRAMME_FUNDED, VOUCHER_ISSUED, VOUCHER_EXPIRED.' })
  reason!: string;

  @Field({ description: 'A note such as an invoice number or a bank reference.' })
  memo!: string;

  @Field({ description: 'When it was booked.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One page of ledger entries, newest first (Relay connection).' })
export class LedgerEntryConnection extends ConnectionType(LedgerEntry, 'LedgerEntry') {}
