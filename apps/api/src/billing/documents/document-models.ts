/**
 * View models for billing documents. The billing feature maps its entities to these; the
 * renderers here know nothing of Nest or TypeORM. Money is integer fen (bigint), times are
 * instants (shown in Asia/Shanghai).
 */
export type DocumentLocale = 'zh-CN' | 'en';

export interface InvoiceDocumentLine {
  projectName: string;
  cardType: string;
  cardSeconds: bigint;
  /** Per card-hour. */
  unitPriceFen: bigint;
  priceEffectiveFrom: Date;
  amountFen: bigint;
  freeFen: bigint;
  voucherFen: bigint;
  equityFen: bigint;
  cashFen: bigint;
}

export interface InvoiceDocument {
  kind: 'INVOICE' | 'CREDIT_NOTE';
  /** 'SL-2026-000123'; null for a draft (rendered with a DRAFT / 草稿 mark). */
  number: string | null;
  status: 'DRAFT' | 'ISSUED' | 'PAID' | 'VOID';
  /** Shown as given (Chinese), e.g. '星河遥感科技有限公司'. */
  organisationName: string;
  /** 'YYYY-MM'. */
  periodMonth: string;
  issuedAt: Date | null;
  dueAt: Date | null;
  /** For a credit note: the invoice it corrects. */
  creditsInvoiceNumber?: string | null;
  lines: InvoiceDocumentLine[];
  totalFen: bigint;
  freeFen: bigint;
  voucherFen: bigint;
  equityFen: bigint;
  cashFen: bigint;
  paidFen: bigint;
  balanceFen: bigint;
  /** Issuer, e.g. '成都智算中心'. */
  centreName: string;
}

export interface InvoiceRow {
  number: string | null;
  organisationName: string;
  periodMonth: string;
  status: string;
  issuedAt: Date | null;
  dueAt: Date | null;
  totalFen: bigint;
  voucherFen: bigint;
  equityFen: bigint;
  cashFen: bigint;
  paidFen: bigint;
  balanceFen: bigint;
}

export interface LedgerRow {
  at: Date;
  transactionId: string;
  /** e.g. 'RECEIVABLE · 星河遥感'. */
  account: string;
  debitFen: bigint;
  creditFen: bigint;
  memo: string;
}

export interface SettlementRow {
  period: string;
  organisationName: string;
  invoiceNumber: string;
  lineDescription: string;
  voucherCode: string;
  amountFen: bigint;
  redeemedAt: Date;
}
