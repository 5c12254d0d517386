import type { DocumentLocale, InvoiceDocument } from './document-models.js';

/** Every heading and label the billing documents print, in both languages. */
const LABELS = {
  'zh-CN': {
    invoiceTitle: '发票',
    creditNoteTitle: '信用票据',
    draftMark: '草稿',
    draftNumber: '草稿（未编号）',
    voidMark: '已作废',
    issuer: '开票方',
    recipient: '客户',
    number: '编号',
    period: '账期',
    issuedAt: '开具时间',
    dueAt: '到期时间',
    status: '状态',
    corrects: '更正发票',
    notYet: '—',
    project: '项目',
    cardType: '卡型',
    cardHours: '卡时',
    cardSecondsUnit: '卡秒',
    unitPrice: '单价/卡时',
    priceFrom: '生效',
    amount: '金额',
    free: '免费',
    voucher: '代金券',
    equity: '权益',
    cash: '现金',
    total: '合计',
    paid: '已支付',
    balance: '应付余额',
    noLines: '本账期无计费明细。',
    currencyNote: '金额单位：人民币（CNY）。时间为北京时间（Asia/Shanghai，UTC+8）。',
    timeZoneSuffix: '（北京时间）',
    page: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
    organisation: '客户',
    transactionId: '交易编号',
    account: '科目',
    debit: '借方',
    credit: '贷方',
    memo: '摘要',
    at: '时间',
    invoiceNumber: '发票编号',
    lineDescription: '明细',
    voucherCode: '代金券编号',
    redeemedAt: '核销时间',
    invoicesSheet: '发票',
    ledgerSheet: '总账',
    settlementSheet: '代金券结算',
  },
  en: {
    invoiceTitle: 'Invoice',
    creditNoteTitle: 'Credit note',
    draftMark: 'DRAFT',
    draftNumber: 'DRAFT (not numbered)',
    voidMark: 'VOID',
    issuer: 'Issuer',
    recipient: 'Bill to',
    number: 'Number',
    period: 'Period',
    issuedAt: 'Issued',
    dueAt: 'Due',
    status: 'Status',
    corrects: 'Corrects invoice',
    notYet: '—',
    project: 'Project',
    cardType: 'Card type',
    cardHours: 'Card-hours',
    cardSecondsUnit: 'card-s',
    unitPrice: 'Price per card-hour',
    priceFrom: 'from',
    amount: 'Amount',
    free: 'Free',
    voucher: 'Voucher',
    equity: 'Equity',
    cash: 'Cash',
    total: 'Total',
    paid: 'Paid',
    balance: 'Balance due',
    noLines: 'No billable usage in this period.',
    currencyNote: 'Amounts in Chinese yuan (CNY). Times in Beijing time (Asia/Shanghai, UTC+8).',
    timeZoneSuffix: ' (Asia/Shanghai)',
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    organisation: 'Organisation',
    transactionId: 'Transaction',
    account: 'Account',
    debit: 'Debit',
    credit: 'Credit',
    memo: 'Memo',
    at: 'Time',
    invoiceNumber: 'Invoice number',
    lineDescription: 'Line',
    voucherCode: 'Voucher code',
    redeemedAt: 'Redeemed',
    invoicesSheet: 'Invoices',
    ledgerSheet: 'Ledger',
    settlementSheet: 'Voucher settlement',
  },
} as const;

export type DocumentLabels = (typeof LABELS)[DocumentLocale];
/** The labels that are plain strings (column headers, headings). */
export type LabelKey = { [K in keyof DocumentLabels]: DocumentLabels[K] extends string ? K : never }[keyof DocumentLabels];

export function documentLabels(locale: DocumentLocale): DocumentLabels {
  return LABELS[locale];
}

const STATUS: Record<DocumentLocale, Record<InvoiceDocument['status'], string>> = {
  'zh-CN': { DRAFT: '草稿', ISSUED: '已开具', PAID: '已支付', VOID: '已作废' },
  en: { DRAFT: 'Draft', ISSUED: 'Issued', PAID: 'Paid', VOID: 'Void' },
};

/** A status in the locale; an unknown status (rows are loosely typed) is shown as given. */
export function statusLabel(status: string, locale: DocumentLocale): string {
  const known = STATUS[locale] as Record<string, string>;
  return Object.hasOwn(known, status) ? known[status]! : status;
}
