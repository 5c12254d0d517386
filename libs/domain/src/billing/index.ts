export * from './metered-line.js';
export * from './payers.js';
export * from './invoice-split.js';
export * from './invoice-number.js';
export * from './billing-period.js';
export * from './voucher-rules.js';
export * from './cost-quote.js';
export * from './price-rules.js';
