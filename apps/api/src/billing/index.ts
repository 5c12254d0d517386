/** The billing feature's public surface: other features import it from here only. */
export { billingFeature } from './billing.feature.js';
export { billingServicesOn, seedDemoBilling } from './seed/billing-demo.seed.js';
export { InvoiceEntity } from './entities/invoice.entity.js';
export { InvoiceLineEntity } from './entities/invoice-line.entity.js';
export { BillingModule } from './billing.module.js';
export { EquityCreditPayers, type EquityCreditPayer, type EquityCreditPool, type EquityCreditUse } from './invoices/equity-credit-payer.js';
