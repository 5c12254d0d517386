import { Module } from '@nestjs/common';
import { IdempotencyService } from './idempotency/idempotency.service.js';
import { BillingRunService } from './invoices/billing-run.service.js';
import { InvoiceCommandsService } from './invoices/invoice-commands.service.js';
import { EquityCreditPayers } from './invoices/equity-credit-payer.js';
import { BillingSettingsResolver } from './settings/billing-settings.resolver.js';
import { BillingSettingsService } from './settings/billing-settings.service.js';
import { InvoiceIssuing } from './invoices/invoice-issuing.js';
import { InvoiceQueriesService } from './invoices/invoice-queries.service.js';
import { InvoicesResolver } from './invoices/invoices.resolver.js';
import { BillingRunProblemFieldsResolver, InvoiceLineFieldsResolver } from './invoices/invoice-line-fields.resolver.js';
import { LedgerQueriesService } from './ledger/ledger-queries.service.js';
import { LedgerResolver } from './ledger/ledger.resolver.js';
import { LedgerService } from './ledger/ledger.service.js';
import { PricesResolver } from './prices/prices.resolver.js';
import { PricesService } from './prices/prices.service.js';
import { VoucherQueriesService } from './vouchers/voucher-queries.service.js';
import { VoucherApplicationsResolver, VoucherProgrammesResolver, VouchersResolver } from './vouchers/vouchers.resolver.js';
import { VouchersService } from './vouchers/vouchers.service.js';
import { VoucherExpiry } from './vouchers/voucher-expiry.js';

import { BillingDocumentsService } from './documents/billing-documents.service.js';
import { BillingDownloadsController } from './documents/billing-downloads.controller.js';

@Module({
  controllers: [BillingDownloadsController],
  providers: [
    EquityCreditPayers, IdempotencyService, LedgerService, BillingSettingsService, BillingSettingsResolver, LedgerQueriesService,
    PricesService, InvoiceIssuing, BillingRunService, InvoiceCommandsService, InvoiceQueriesService,
    VouchersService, VoucherQueriesService, VoucherExpiry, BillingDocumentsService,
    PricesResolver, InvoicesResolver, InvoiceLineFieldsResolver, BillingRunProblemFieldsResolver, LedgerResolver, VoucherProgrammesResolver, VoucherApplicationsResolver, VouchersResolver,
  ],
  exports: [EquityCreditPayers],
})
export class BillingModule {}
