import { INVOICE_KINDS, INVOICE_STATUSES } from '../entities/invoice.entity.js';
import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';

export const InvoiceKindEnum = enumOf(INVOICE_KINDS);
registerDescribedEnum(InvoiceKindEnum, 'InvoiceKind', 'An invoice or a credit note.', {
  INVOICE: 'A bill for one organisation and month.',
  CREDIT_NOTE: 'A correction that reduces what an issued invoice owes.',
});

export const InvoiceStatusEnum = enumOf(INVOICE_STATUSES);
registerDescribedEnum(InvoiceStatusEnum, 'InvoiceStatus', 'Where an invoice is in its life.', {
  DRAFT: 'Computed but not issued; may be voided or issued.',
  ISSUED: 'Issued with a number; owes its cash part until paid or credited.',
  PAID: 'Issued and settled in full.',
  VOID: 'A draft that was cancelled; never numbered.',
});
