import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocateFen } from '@suanli/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { InvoiceLineEntity } from '../entities/invoice-line.entity.js';
import { InvoiceEntity } from '../entities/invoice.entity.js';
import { PaymentEntity } from '../entities/payment.entity.js';
import { IdempotencyService } from '../idempotency/idempotency.service.js';
import { account } from '../ledger/ledger-accounts.js';
import { LedgerService } from '../ledger/ledger.service.js';
import { InvoiceIssuing } from './invoice-issuing.js';

export interface RecordPaymentInput {
  invoiceId: string;
  amountFen: bigint;
  paidOn: string;
  bankReference: string;
  idempotencyKey?: string | null;
}

export interface CreditNoteInput {
  invoiceId: string;
  amountFen: bigint;
  reason: string;
  idempotencyKey?: string | null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date that exists, not after today in Asia/Shanghai and not before 2000. */
function checkPaidOn(paidOn: string, now: Date): void {
  const match = DATE.exec(paidOn);
  const date = match ? new Date(Date.UTC(+match[1], +match[2] - 1, +match[3])) : null;
  const valid = date && date.toISOString().slice(0, 10) === paidOn;
  const todayInShanghai = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  if (!valid || paidOn > todayInShanghai || paidOn < '2000-01-01') {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The payment date must be a real date, not in the future (Asia/Shanghai)', ['paidOn']);
  }
}

/** What an issued invoice still owes in cash. */
export const owedFen = (invoice: InvoiceEntity) => invoice.cashFen - invoice.paidFen - invoice.creditedFen;

/**
 * Money mutations on invoices. Each runs in one transaction under the invoice's row lock, takes an
 * idempotency key (a retry returns the first answer), and books its ledger movement with it.
 */
@Injectable()
export class InvoiceCommandsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly issuing: InvoiceIssuing,
    private readonly ledger: LedgerService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
  ) {}

  issue(actor: Actor, input: { invoiceId: string; voucherIds?: string[] | null; idempotencyKey?: string | null }): Promise<{ invoiceId: string }> {
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, { actorId: actor.id, operation: 'issueInvoice', key: input.idempotencyKey, input }, async () => {
        await this.lockedInvoice(manager, actor, input.invoiceId);
        const issued = await this.issuing.issue(manager, actor, input.invoiceId, { voucherIds: input.voucherIds ?? null });
        return { invoiceId: issued.id };
      }),
    );
  }

  void(actor: Actor, input: { invoiceId: string; reason: string }): Promise<{ invoiceId: string }> {
    return this.dataSource.transaction(async (manager) => {
      const invoice = await this.lockedInvoice(manager, actor, input.invoiceId);
      if (invoice.status !== 'DRAFT') {
        throw new DomainError(UserErrorCode.INVALID_STATE, 'Only a draft can be voided; correct an issued invoice with a credit note', ['invoiceId']);
      }
      await manager.update(InvoiceEntity, { id: invoice.id }, { status: 'VOID', voidedAt: new Date(), note: input.reason.trim() });
      await this.audit.record(manager, { actor, action: 'INVOICE_VOIDED', target: { type: 'INVOICE', id: invoice.id }, organisationId: invoice.organisationId, details: { reason: input.reason.trim() } });
      return { invoiceId: invoice.id };
    });
  }

  recordPayment(actor: Actor, input: RecordPaymentInput, now = new Date()): Promise<{ invoiceId: string; paymentId: string }> {
    if (input.amountFen <= 0n) throw new DomainError(UserErrorCode.INVALID_AMOUNT, 'A payment is a positive amount of fen', ['amountFen']);
    checkPaidOn(input.paidOn, now);
    const bankReference = input.bankReference.trim();
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, { actorId: actor.id, operation: 'recordPayment', key: input.idempotencyKey, input }, async () => {
        const invoice = await this.lockedInvoice(manager, actor, input.invoiceId);
        this.mustOwe(invoice, input.amountFen, UserErrorCode.OVERPAYMENT, 'The payment');
        const payment = await manager.save(PaymentEntity, manager.create(PaymentEntity, {
          invoiceId: invoice.id, organisationId: invoice.organisationId, amountFen: input.amountFen, paidOn: input.paidOn, bankReference,
          recordedById: actor.kind === 'user' ? actor.id : null,
        }));
        await this.settle(manager, invoice, { paidFen: invoice.paidFen + input.amountFen });
        await this.ledger.post(manager, {
          reason: 'PAYMENT',
          legs: [{ account: account.cash(), amountFen: input.amountFen }, { account: account.receivable(invoice.organisationId), amountFen: -input.amountFen }],
          invoiceId: invoice.id,
          paymentId: payment.id,
          memo: bankReference,
        });
        await this.audit.record(manager, { actor, action: 'PAYMENT_RECORDED', target: { type: 'INVOICE', id: invoice.id }, organisationId: invoice.organisationId, details: { amountFen: input.amountFen.toString(), bankReference } });
        return { invoiceId: invoice.id, paymentId: payment.id };
      }),
    );
  }

  /** A credit note reduces what an issued invoice owes; it is spread over the lines' cash parts. */
  createCreditNote(actor: Actor, input: CreditNoteInput): Promise<{ invoiceId: string; creditNoteId: string }> {
    if (input.amountFen <= 0n) throw new DomainError(UserErrorCode.INVALID_AMOUNT, 'A credit note is a positive amount of fen', ['amountFen']);
    const reason = input.reason.trim();
    return this.dataSource.transaction((manager) =>
      this.idempotency.once(manager, { actorId: actor.id, operation: 'createCreditNote', key: input.idempotencyKey, input }, async () => {
        const invoice = await this.lockedInvoice(manager, actor, input.invoiceId);
        this.mustOwe(invoice, input.amountFen, UserErrorCode.CREDIT_EXCEEDS_BALANCE, 'The credit note');
        const lines = (await manager.find(InvoiceLineEntity, { where: { invoiceId: invoice.id }, order: { lineNo: 'ASC' } })).filter((l) => l.cashFen > 0n);
        const parts = allocateFen(input.amountFen, lines.map((l) => l.cashFen));
        const note = await manager.save(InvoiceEntity, manager.create(InvoiceEntity, {
          organisationId: invoice.organisationId, kind: 'CREDIT_NOTE', series: 'SLC', creditsInvoiceId: invoice.id,
          periodMonth: invoice.periodMonth, periodStart: invoice.periodStart, periodEnd: invoice.periodEnd,
          status: 'ISSUED', totalFen: input.amountFen, cashFen: input.amountFen, issuedAt: new Date(), dueAt: new Date(), note: reason,
        }));
        await manager.insert(InvoiceLineEntity, lines.map((line, index) => ({
          invoiceId: note.id, lineNo: index + 1, projectId: line.projectId, cardType: line.cardType, priceId: line.priceId, unitPriceFen: line.unitPriceFen,
          cardSeconds: 0n, amountFen: parts[index], cashFen: parts[index], creditsLineId: line.id, description: reason,
        })).filter((l) => l.amountFen > 0n));
        await this.settle(manager, invoice, { creditedFen: invoice.creditedFen + input.amountFen });
        const numbered = await manager.findOneByOrFail(InvoiceEntity, { id: note.id });
        await this.ledger.post(manager, {
          reason: 'CREDIT_NOTE',
          legs: [{ account: account.revenue(), amountFen: input.amountFen }, { account: account.receivable(invoice.organisationId), amountFen: -input.amountFen }],
          invoiceId: note.id,
          memo: numbered.number ?? '',
        });
        await this.audit.record(manager, { actor, action: 'CREDIT_NOTE_ISSUED', target: { type: 'INVOICE', id: note.id }, organisationId: invoice.organisationId, details: { amountFen: input.amountFen.toString(), corrects: invoice.number, reason } });
        return { invoiceId: invoice.id, creditNoteId: note.id };
      }),
    );
  }

  private mustOwe(invoice: InvoiceEntity, amountFen: bigint, code: UserErrorCode, what: string): void {
    if (invoice.kind !== 'INVOICE' || invoice.status === 'DRAFT' || invoice.status === 'VOID') {
      throw new DomainError(UserErrorCode.INVALID_STATE, `The invoice is ${invoice.status}; only an issued invoice can be paid or credited`, ['invoiceId']);
    }
    const owed = owedFen(invoice);
    if (amountFen > owed) throw new DomainError(code, `${what} is more than the ${owed} fen the invoice still owes`, ['amountFen']);
  }

  private async settle(manager: EntityManager, invoice: InvoiceEntity, change: { paidFen?: bigint; creditedFen?: bigint }): Promise<void> {
    const paidFen = change.paidFen ?? invoice.paidFen;
    const creditedFen = change.creditedFen ?? invoice.creditedFen;
    const status = paidFen + creditedFen === invoice.cashFen ? 'PAID' : 'ISSUED';
    await manager.update(InvoiceEntity, { id: invoice.id }, { paidFen, creditedFen, status });
  }

  /** The invoice under a row lock, if the caller may act on it; another tenant's is NOT_FOUND. */
  private async lockedInvoice(manager: EntityManager, actor: Actor, invoiceId: string): Promise<InvoiceEntity> {
    const invoice = await manager.findOne(InvoiceEntity, { where: { id: invoiceId }, lock: { mode: 'pessimistic_write' } });
    const tenant = tenantOf(actor);
    if (!invoice || (tenant !== null && invoice.organisationId !== tenant)) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such invoice', ['invoiceId']);
    return invoice;
  }
}
