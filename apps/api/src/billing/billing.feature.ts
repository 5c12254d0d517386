import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { BillingModule } from './billing.module.js';
import { BILLING_FIELD_RULES } from './billing.field-rules.js';
import { BILLING_ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Money: the price list, invoices from metered card-hours, payments, the double-entry ledger and
 * the city's compute vouchers. See docs/adr/0012-money.md.
 */
export const billingFeature = defineFeature({
  name: 'billing',
  module: BillingModule,
  entities: BILLING_ENTITIES,
  migrations: MIGRATIONS,
  fieldRules: BILLING_FIELD_RULES,
  errorCodes: [
    UserErrorCode.INVALID_AMOUNT,
    UserErrorCode.INVALID_PRICE,
    UserErrorCode.PRICE_CHANGES_ISSUED_INVOICES,
    UserErrorCode.INVALID_PERIOD,
    UserErrorCode.PERIOD_NOT_ENDED,
    UserErrorCode.MISSING_PRICE,
    UserErrorCode.OVERPAYMENT,
    UserErrorCode.CREDIT_EXCEEDS_BALANCE,
    UserErrorCode.IDEMPOTENCY_KEY_REUSED,
    UserErrorCode.PROGRAMME_NOT_OPEN,
    UserErrorCode.PROGRAMME_YEAR_TAKEN,
    UserErrorCode.INVALID_PROGRAMME_TERMS,
    UserErrorCode.BELOW_MINIMUM_CLAIM,
    UserErrorCode.OVER_ORGANISATION_CAP,
    UserErrorCode.OVER_PROGRAMME_BUDGET,
    UserErrorCode.NOT_ELIGIBLE,
    UserErrorCode.RELATED_PARTY,
    UserErrorCode.VOUCHER_NOT_USABLE,
  ],
  permissions: ['BILLING_READ', 'PRICE_WRITE', 'BILLING_WRITE', 'VOUCHER_APPLY', 'VOUCHER_MANAGE', 'VOUCHER_SETTLEMENT_READ'],
});
