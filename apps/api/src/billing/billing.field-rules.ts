import { allOf, fieldRules, requires } from '../common/access/field-access/field-rule.js';
import type { Actor } from '../common/access/actor.js';
import { mayReadOrganisation } from '../organisations/index.js';

/** The organisation edge: whoever may see that organisation (founders: only their own). */
const organisationOf = {
  audience: 'callers with ORGANISATION_READ who may see this organisation',
  allow: ({ actor, parent }: { actor: Actor | null; parent: { organisationId: string } }) => mayReadOrganisation(actor, parent.organisationId),
};

/**
 * Money is read with BILLING_READ (the root fields also confine a founder to their organisation);
 * the ledger and billing runs are the centre's books (BILLING_WRITE); a programme's figures are for
 * voucher managers; the settlement is for VOUCHER_SETTLEMENT_READ (the city's read:vouchers token).
 */
export const BILLING_FIELD_RULES = [
  fieldRules('CardPrice', { '*': requires('BILLING_READ') }),
  fieldRules('BillingSettings', { '*': requires('BILLING_READ') }),
  fieldRules('PriceListEntry', { '*': requires('BILLING_READ') }),
  fieldRules('CostQuoteResult', { '*': requires('BILLING_READ') }),
  fieldRules('Invoice', { '*': requires('BILLING_READ'), organisation: allOf(requires('BILLING_READ'), organisationOf) }),
  fieldRules('InvoiceLine', { '*': requires('BILLING_READ') }),
  fieldRules('Payment', { '*': requires('BILLING_READ') }),
  fieldRules('BillingBalance', { '*': requires('BILLING_READ') }),
  fieldRules('BillingRun', { '*': requires('BILLING_WRITE') }),
  fieldRules('BillingRunProblem', { '*': requires('BILLING_WRITE') }),
  fieldRules('LedgerAccountBalance', { '*': requires('BILLING_WRITE') }),
  fieldRules('LedgerCheck', { '*': requires('BILLING_WRITE') }),
  fieldRules('LedgerEntry', { '*': requires('BILLING_WRITE') }),
  fieldRules('VoucherProgramme', { '*': requires('BILLING_READ'), figures: requires('VOUCHER_MANAGE') }),
  fieldRules('ProgrammeFigures', { '*': requires('VOUCHER_MANAGE') }),
  fieldRules('ProgrammeBreakdown', { '*': requires('VOUCHER_MANAGE') }),
  fieldRules('VoucherApplication', { '*': requires('BILLING_READ'), organisation: allOf(requires('BILLING_READ'), organisationOf) }),
  fieldRules('Voucher', { '*': requires('BILLING_READ') }),
  fieldRules('VoucherRedemption', { '*': requires('BILLING_READ') }),
  fieldRules('VoucherSettlement', { '*': requires('VOUCHER_SETTLEMENT_READ') }),
  fieldRules('RelatedParty', { '*': requires('VOUCHER_MANAGE') }),
  fieldRules('SettlementLine', { '*': requires('VOUCHER_SETTLEMENT_READ') }),
];
