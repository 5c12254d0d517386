import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { payloadOf } from '../../common/graphql/user-error.model.js';
import { UuidArgs } from '../../common/graphql/uuid.args.js';
import { Organisation } from '../../organisations/index.js';
import { CreateCreditNoteInput, InvoicesArgs, IssueInvoiceInput, RecordPaymentInput, RunBillingInput, VoidInvoiceInput } from '../dto/billing.inputs.js';
import { CreateCreditNotePayload, InvoicePayload, RecordPaymentPayload, RunBillingPayload } from '../dto/billing.payloads.js';
import { BillingBalance, BillingRun, Invoice, InvoiceConnection, InvoiceLine, Payment } from '../models/invoice.model.js';
import { BillingRunService } from './billing-run.service.js';
import { InvoiceCommandsService } from './invoice-commands.service.js';
import { InvoiceQueriesService } from './invoice-queries.service.js';

@ArgsType()
class BalanceArgs {
  @Field(() => ID, { nullable: true, description: 'One organisation (staff); founders always get their own.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

@Resolver(() => Invoice)
export class InvoicesResolver {
  constructor(
    private readonly queries: InvoiceQueriesService,
    private readonly commands: InvoiceCommandsService,
    private readonly runs: BillingRunService,
  ) {}

  @Allow('BILLING_READ')
  @Query(() => InvoiceConnection, { description: 'Invoices and credit notes, newest first; founders see only their organisation’s.' })
  invoices(@CurrentActor() actor: Actor, @Args() args: InvoicesArgs) {
    return this.queries.list(actor, args);
  }

  @Allow('BILLING_READ')
  @Query(() => Invoice, { nullable: true, description: 'One invoice by id; null if there is none or it is another organisation’s.' })
  invoice(@CurrentActor() actor: Actor, @Args() { id }: UuidArgs) {
    return this.queries.byId(actor, id);
  }

  @Allow('BILLING_READ')
  @Query(() => BillingBalance, { description: 'What is owed and overdue: the caller’s organisation for founders; the centre or one organisation for staff.' })
  billingBalance(@CurrentActor() actor: Actor, @Args() args: BalanceArgs) {
    return this.queries.balance(actor, args.organisationId ?? null);
  }

  @Allow('BILLING_WRITE')
  @Query(() => [BillingRun], { description: 'The latest billing runs, newest first.' })
  billingRuns() {
    return this.queries.runs();
  }

  @ResolveField(() => [InvoiceLine], { description: 'The lines, in order.' })
  lines(@Parent() invoice: Invoice) {
    return this.queries.lines(invoice.id);
  }

  @ResolveField(() => [Payment], { description: 'Payments received, oldest first.' })
  payments(@Parent() invoice: Invoice) {
    return this.queries.payments(invoice.id);
  }

  @ResolveField(() => [Invoice], { description: 'Credit notes that correct this invoice.' })
  creditNotes(@Parent() invoice: Invoice) {
    return this.queries.creditNotes(invoice.id);
  }

  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation billed.' })
  organisation(@Parent() invoice: Invoice, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(invoice.organisationId);
  }

  @ResolveField(() => String, { description: 'Where to download the PDF (send the same Authorization header); ?lang=en for English.' })
  pdfPath(@Parent() invoice: Invoice) {
    return `/api/billing/invoices/${invoice.id}.pdf`;
  }

  @Allow('BILLING_WRITE')
  @Mutation(() => RunBillingPayload, { description: 'Bill a month that has ended: one invoice per organisation with metered use. Repeating or resuming a run never bills an organisation twice.' })
  runBilling(@CurrentActor() actor: Actor, @Args('input', { description: 'The month and whether to issue at once.' }) input: RunBillingInput) {
    return payloadOf(async () => ({ run: await this.queries.run((await this.runs.run(actor, input)).runId) }));
  }

  @Allow('BILLING_WRITE')
  @Mutation(() => InvoicePayload, { description: 'Issue a draft: split lines across payers, redeem vouchers, assign the next number.' })
  issueInvoice(@CurrentActor() actor: Actor, @Args('input', { description: 'The draft and, optionally, the vouchers that may pay it.' }) input: IssueInvoiceInput) {
    return payloadOf(async () => ({ invoice: await this.queries.byId(actor, (await this.commands.issue(actor, input)).invoiceId) }));
  }

  @Allow('BILLING_WRITE')
  @Mutation(() => InvoicePayload, { description: 'Void a draft (issued invoices are corrected with credit notes instead).' })
  voidInvoice(@CurrentActor() actor: Actor, @Args('input', { description: 'The draft and why.' }) input: VoidInvoiceInput) {
    return payloadOf(async () => ({ invoice: await this.queries.byId(actor, (await this.commands.void(actor, input)).invoiceId) }));
  }

  @Allow('BILLING_WRITE')
  @Mutation(() => RecordPaymentPayload, { description: 'Record a payment against an issued invoice; more than it owes is refused (OVERPAYMENT).' })
  recordPayment(@CurrentActor() actor: Actor, @Args('input', { description: 'The invoice, amount, date and bank reference.' }) input: RecordPaymentInput) {
    return payloadOf(async () => {
      const { invoiceId, paymentId } = await this.commands.recordPayment(actor, input);
      const payments = await this.queries.payments(invoiceId);
      return { invoice: await this.queries.byId(actor, invoiceId), payment: payments.find((p) => p.id === paymentId) ?? null };
    });
  }

  @Allow('BILLING_WRITE')
  @Mutation(() => CreateCreditNotePayload, { description: 'Issue a credit note that reduces what an issued invoice owes.' })
  createCreditNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The invoice, amount and reason.' }) input: CreateCreditNoteInput) {
    return payloadOf(async () => {
      const { invoiceId, creditNoteId } = await this.commands.createCreditNote(actor, input);
      return { invoice: await this.queries.byId(actor, invoiceId), creditNote: await this.queries.byId(actor, creditNoteId) };
    });
  }
}
