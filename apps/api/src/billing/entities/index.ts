import { BillingRunEntity } from './billing-run.entity.js';
import { BillingSettingsEntity } from './billing-settings.entity.js';
import { CardPriceEntity } from './card-price.entity.js';
import { IdempotencyKeyEntity } from './idempotency-key.entity.js';
import { InvoiceLineEntity } from './invoice-line.entity.js';
import { InvoiceEntity } from './invoice.entity.js';
import { LedgerAccountEntity, LedgerEntryEntity } from './ledger.entity.js';
import { PaymentEntity } from './payment.entity.js';
import { VoucherApplicationEntity } from './voucher-application.entity.js';
import { VoucherProgrammeEntity } from './voucher-programme.entity.js';
import { RelatedPartyEntity, VoucherEntity, VoucherGrantEntity, VoucherRedemptionEntity } from './voucher.entity.js';

export const BILLING_ENTITIES = [
  CardPriceEntity, BillingSettingsEntity, BillingRunEntity, InvoiceEntity, InvoiceLineEntity, PaymentEntity,
  LedgerAccountEntity, LedgerEntryEntity, IdempotencyKeyEntity,
  VoucherProgrammeEntity, VoucherApplicationEntity, VoucherEntity, VoucherRedemptionEntity, VoucherGrantEntity, RelatedPartyEntity,
];
