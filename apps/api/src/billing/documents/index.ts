export * from './document-models.js';
export { renderInvoicePdf } from './invoice-pdf.js';
export { invoicesCsv, invoicesXlsx, ledgerCsv, ledgerXlsx, settlementCsv, settlementXlsx } from './tabular-exports.js';
