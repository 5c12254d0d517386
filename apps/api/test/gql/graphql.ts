/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where an allocation request stands. */
export type AllocationState =
  /** Cancelled while waiting or running. */
  | 'CANCELLED'
  /** Ended by its time limit or reported done. */
  | 'FINISHED'
  /** Stopped early for URGENT work, or because a card failed. */
  | 'PREEMPTED'
  /** Waiting for cards. */
  | 'QUEUED'
  /** Holding its cards. */
  | 'RUNNING';

/** Apply for a compute voucher. */
export type ApplyForVoucherInput = {
  /** Amount in fen. */
  amountFen: string;
  /** Staff applying on an organisation’s behalf name it; founders apply for their own. */
  organisationId?: string | number | null | undefined;
  /** The programme. */
  programmeId: string | number;
  /** The project the compute is for. */
  projectId?: string | number | null | undefined;
  /** What the compute is for. */
  purpose: string;
};

/** Approve an application, possibly for less than asked. */
export type ApproveVoucherApplicationInput = {
  /** Amount approved in fen; by default the amount applied for. */
  amountFen?: string | null | undefined;
  /** The application. */
  applicationId: string | number;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
};

/** A request for cards: how many, of which type, for how long, at which priority. */
export type CreateAllocationRequestInput = {
  /** e.g. "Ascend 910B" */
  cardType: string;
  /** How many cards, placed together at once (gang placement); at least 1 and no more than the cluster has. */
  cards: number;
  /** Omit for the centre’s default cluster. */
  clusterId?: string | number | null | undefined;
  /** Time limit in seconds: 600 (10 minutes) to 2592000 (30 days). */
  durationS: number;
  /** Not placed before this time; omit to start as soon as cards are free. */
  earliestStartAt?: string | null | undefined;
  /** Whether URGENT work may stop it early, after a preemption notice. */
  preemptible?: boolean;
  /** The class asked for. A founder’s URGENT beyond the urgent budget waits for a manager’s approval. */
  priority?: PriorityClass;
  /** The project the compute is for; founders only their own organisation’s. */
  projectId: string | number;
};

/** Correct an issued invoice by reducing what it owes. */
export type CreateCreditNoteInput = {
  /** Amount in fen; at most what the invoice still owes. */
  amountFen: string;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The invoice corrected. */
  invoiceId: string | number;
  /** Why, printed on the credit note. */
  reason: string;
};

/** A compute-voucher programme for one year. */
export type CreateVoucherProgrammeInput = {
  /** Total budget in fen. */
  budgetFen: string;
  /** Share of an eligible line a voucher may pay, 1..10000 basis points. */
  coverageBasisPoints: number;
  /** Industries that may apply; empty means any. */
  eligibleIndustries?: Array<string>;
  /** Organisation kinds that may apply. */
  eligibleKinds: Array<string>;
  /** The smallest amount one may apply for. */
  minimumClaimFen: string;
  /** Its name. */
  name: string;
  /** The most one organisation may receive. */
  perOrganisationCapFen: string;
  /** MONTHLY or QUARTERLY settlement with the city. */
  settlement?: string;
  /** Months a voucher stays valid, 1..36. */
  validityMonths: number;
  /** The year it funds. */
  year: number;
};

/** An invoice or a credit note. */
export type InvoiceKind =
  /** A correction that reduces what an issued invoice owes. */
  | 'CREDIT_NOTE'
  /** A bill for one organisation and month. */
  | 'INVOICE';

/** Where an invoice is in its life. */
export type InvoiceStatus =
  /** Computed but not issued; may be voided or issued. */
  | 'DRAFT'
  /** Issued with a number; owes its cash part until paid or credited. */
  | 'ISSUED'
  /** Issued and settled in full. */
  | 'PAID'
  /** A draft that was cancelled; never numbered. */
  | 'VOID';

/** Issue a draft invoice. */
export type IssueInvoiceInput = {
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The draft. */
  invoiceId: string | number;
  /** Only these vouchers may pay it; by default every usable voucher of the organisation. */
  voucherIds?: Array<string | number> | null | undefined;
};

/** Mark an organisation as a related party of the centre (no vouchers). */
export type MarkRelatedPartyInput = {
  /** The organisation. */
  organisationId: string | number;
  /** The relation, e.g. a shareholder of the centre. */
  reason: string;
};

/** ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work. */
export type PriorityClass =
  /** The lowest class, for porting work: it fills gaps. */
  | 'ADAPTATION'
  /** The default, between the other two. */
  | 'STANDARD'
  /** The highest class; may preempt preemptible work. */
  | 'URGENT';

/** Record money received against an issued invoice. */
export type RecordPaymentInput = {
  /** Amount in fen; at most what the invoice still owes. */
  amountFen: string;
  /** The bank’s reference for the transfer. */
  bankReference: string;
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** The invoice. */
  invoiceId: string | number;
  /** The day the bank booked it, YYYY-MM-DD (Asia/Shanghai). */
  paidOn: string;
};

/** Bill one calendar month. */
export type RunBillingInput = {
  /** Optional; a retry with the same key returns the first answer and changes nothing more. */
  idempotencyKey?: string | null | undefined;
  /** Issue the invoices at once (true) or leave them as drafts to review. */
  issue?: boolean;
  /** The month, YYYY-MM (Asia/Shanghai); it must have ended. */
  month: string;
};

/** A new version of the price of one card type. */
export type SetCardPriceInput = {
  /** The card type, as the inventory names it. */
  cardType: string;
  /** When it takes effect. It may not fall inside a period already invoiced. */
  effectiveFrom: string;
  /** The market reference price per card-hour in fen, shown beside ours. */
  marketPriceFen?: string | null | undefined;
  /** Why the price changes (shown in the history). */
  note?: string;
  /** Price per card-hour in fen: above 0, at most ¥1,000,000. */
  priceFen: string;
};

/** For a request that asked for URGENT: STAFF and BUDGET (within the organisation’s urgent card-hours) take effect at once; AWAITING_APPROVAL is scheduled at STANDARD until a manager approves (APPROVED) or declines (DECLINED). */
export type UrgencyStatus =
  /** A manager approved it: URGENT. */
  | 'APPROVED'
  /** Over the budget: scheduled at STANDARD until a manager decides. */
  | 'AWAITING_APPROVAL'
  /** Within the organisation’s urgent card-hours this month: URGENT at once. */
  | 'BUDGET'
  /** A manager declined it: STANDARD. */
  | 'DECLINED'
  /** Asked for by staff: URGENT at once. */
  | 'STAFF';

/** Why a mutation changed nothing; stable across releases, unlike the message. */
export type UserErrorCode =
  /** The project cannot enter incubation before its adaptation checklist is done. */
  | 'ADAPTATION_INCOMPLETE'
  /** The amount is below the programme’s minimum claim. */
  | 'BELOW_MINIMUM_CLAIM'
  /** An admin may not deactivate themselves or change their own role. */
  | 'CANNOT_CHANGE_OWN_ACCOUNT'
  /** The cluster still has nodes or allocation requests, so it cannot be deleted. */
  | 'CLUSTER_NOT_EMPTY'
  /** The credit note is more than the invoice still owes. */
  | 'CREDIT_EXCEEDS_BALANCE'
  /** The name is taken (ignoring case). */
  | 'DUPLICATE_NAME'
  /** An account with this email exists already. */
  | 'EMAIL_TAKEN'
  /** More cards than the cluster could ever place at once. */
  | 'EXCEEDS_CLUSTER_CAPACITY'
  /** The organisation would hold more cards than its quota. */
  | 'EXCEEDS_QUOTA'
  /** The idempotency key was used before with a different input. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The amount is not a whole number of fen above zero, or is too large. */
  | 'INVALID_AMOUNT'
  /** The card count is not a whole number of at least 1. */
  | 'INVALID_CARD_COUNT'
  /** Wrong email or password, or the account is deactivated. */
  | 'INVALID_CREDENTIALS'
  /** The time limit is outside 10 minutes to 30 days. */
  | 'INVALID_DURATION'
  /** The billing period is not a calendar month YYYY-MM. */
  | 'INVALID_PERIOD'
  /** The price is not a positive amount of at most ¥1,000,000 per card-hour with at most two decimals. */
  | 'INVALID_PRICE'
  /** The programme’s terms contradict each other (coverage, cap, minimum, validity). */
  | 'INVALID_PROGRAMME_TERMS'
  /** The quota is not a whole number of at least one card. */
  | 'INVALID_QUOTA'
  /** The object is not in a state that allows this (e.g. already ended). */
  | 'INVALID_STATE'
  /** The lifecycle has no move from the project’s stage to that one. */
  | 'INVALID_TRANSITION'
  /** The fair-share weight is outside 0.1 to 100. */
  | 'INVALID_WEIGHT'
  /** The invitation link is past its expiry. */
  | 'INVITATION_EXPIRED'
  /** The invitation link is unknown. */
  | 'INVITATION_NOT_FOUND'
  /** This email has an open invitation; revoke it before sending another. */
  | 'INVITATION_PENDING'
  /** The invitation was revoked. */
  | 'INVITATION_REVOKED'
  /** The invitation was already used. */
  | 'INVITATION_USED'
  /** Metered usage has a card type with no price in force; publish one first. */
  | 'MISSING_PRICE'
  /** The node still runs work. */
  | 'NODE_BUSY'
  /** Only a drained node may be retired. */
  | 'NODE_NOT_DRAINED'
  /** Only a waiting request that asked for URGENT can be approved or declined. */
  | 'NOT_AWAITING_URGENCY_DECISION'
  /** The organisation’s kind or industry is not eligible for the programme. */
  | 'NOT_ELIGIBLE'
  /** What the input names does not exist, or the caller may not see it. */
  | 'NOT_FOUND'
  /** The project is not in ADAPTATION. */
  | 'NOT_IN_ADAPTATION'
  /** An organisation must be named for this. */
  | 'ORGANISATION_REQUIRED'
  /** The payment is more than the invoice still owes. */
  | 'OVERPAYMENT'
  /** The organisation would receive more than the programme’s per-organisation cap. */
  | 'OVER_ORGANISATION_CAP'
  /** The programme’s remaining budget is smaller than the amount. */
  | 'OVER_PROGRAMME_BUDGET'
  /** The month has not ended in Asia/Shanghai, so it cannot be billed yet. */
  | 'PERIOD_NOT_ENDED'
  /** The new price would take effect inside a period that is already invoiced; choose a later date. */
  | 'PRICE_CHANGES_ISSUED_INVOICES'
  /** The voucher programme does not take applications now. */
  | 'PROGRAMME_NOT_OPEN'
  /** A voucher programme for that year exists already. */
  | 'PROGRAMME_YEAR_TAKEN'
  /** The project’s stage does not allow compute requests. */
  | 'PROJECT_CANNOT_REQUEST'
  /** The quota is more cards than the centre has. */
  | 'QUOTA_EXCEEDS_CAPACITY'
  /** The organisation is a related party of the centre and cannot receive vouchers. */
  | 'RELATED_PARTY'
  /** The project changed meanwhile; read it again and retry. */
  | 'STALE_STAGE'
  /** The organisation has as many queued and running requests as it may. */
  | 'TOO_MANY_OPEN_REQUESTS'
  /** The move exists, but not for the caller’s role. */
  | 'TRANSITION_NOT_ALLOWED_FOR_ROLE'
  /** The cluster has no card of that type. */
  | 'UNKNOWN_CARD_TYPE'
  /** A value breaks a rule of its field (length, range, combination). */
  | 'VALIDATION_FAILED'
  /** The voucher is expired, spent, or belongs to another organisation. */
  | 'VOUCHER_NOT_USABLE'
  /** The new password breaks the policy: length, strength, or same as the current one. */
  | 'WEAK_PASSWORD';

export type CreateAllocationRequestMutationVariables = Exact<{
  input: CreateAllocationRequestInput;
}>;


export type CreateAllocationRequestMutation = { createAllocationRequest: { allocationRequest: { id: string, state: AllocationState, cards: number, cardType: string, priority: PriorityClass, requestedPriority: PriorityClass, urgency: UrgencyStatus | null, urgencyDecidedAt: string | null, queuePosition: number | null, preemptAt: string | null, startedAt: string | null, finishedAt: string | null, endReason: string | null, waitReason: { code: string, message: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InvoiceFieldsFragment = { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> };

export type InvoicesQueryVariables = Exact<{
  first: number;
  periodMonth?: string | null | undefined;
  status?: string | null | undefined;
  organisationId?: string | number | null | undefined;
}>;


export type InvoicesQuery = { invoices: { totalCount: number, edges: Array<{ node: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } }> } };

export type InvoiceByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoiceByIdQuery = { invoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, payments: Array<{ id: string, amountFen: string, bankReference: string }>, creditNotes: Array<{ id: string, number: string | null, totalFen: string }>, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } | null };

export type RunBillingMutationVariables = Exact<{
  input: RunBillingInput;
}>;


export type RunBillingMutation = { runBilling: { run: { id: string, periodMonth: string, status: string, invoicesCreated: number, organisationsSkipped: number, problems: Array<{ organisationId: string, code: string, cardType: string | null }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { invoice: { id: string, kind: InvoiceKind, number: string | null, status: InvoiceStatus, organisationId: string, periodMonth: string, issuedAt: string | null, dueAt: string | null, totalFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, paidFen: string, creditedFen: string, balanceFen: string, overdue: boolean, pdfPath: string, lines: Array<{ id: string, cardType: string, cardSeconds: string, unitPriceFen: string, amountFen: string, freeFen: string, voucherFen: string, equityFen: string, cashFen: string, adaptation: boolean }> } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { invoice: { id: string, status: InvoiceStatus, paidFen: string, balanceFen: string } | null, payment: { id: string, amountFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type CreateCreditNoteMutationVariables = Exact<{
  input: CreateCreditNoteInput;
}>;


export type CreateCreditNoteMutation = { createCreditNote: { invoice: { id: string, status: InvoiceStatus, creditedFen: string, balanceFen: string } | null, creditNote: { id: string, number: string | null, kind: InvoiceKind, totalFen: string, cashFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type SetCardPriceMutationVariables = Exact<{
  input: SetCardPriceInput;
}>;


export type SetCardPriceMutation = { setCardPrice: { price: { id: string, priceFen: string, effectiveFrom: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type PriceListQueryVariables = Exact<{ [key: string]: never; }>;


export type PriceListQuery = { priceList: Array<{ cardType: string, current: { id: string, priceFen: string, marketPriceFen: string | null, discountBasisPoints: number | null } | null, next: { priceFen: string } | null, history: Array<{ id: string }> }> };

export type LedgerHealthQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgerHealthQuery = { ledgerCheck: { healthy: boolean, totalFen: string, unbalancedTransactions: number, receivableMismatches: number, voucherMismatches: number }, billingBalance: { outstandingFen: string, overdueFen: string, openCount: number } };

export type VoucherProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type VoucherProgrammesQuery = { voucherProgrammes: Array<{ id: string, year: number, status: string, budgetFen: string, coverageBasisPoints: number, perOrganisationCapFen: string, minimumClaimFen: string, figures: { committedFen: string, redeemedFen: string, remainingFen: string } }> };

export type CreateVoucherProgrammeMutationVariables = Exact<{
  input: CreateVoucherProgrammeInput;
}>;


export type CreateVoucherProgrammeMutation = { createVoucherProgramme: { programme: { id: string, year: number, budgetFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ApplyForVoucherMutationVariables = Exact<{
  input: ApplyForVoucherInput;
}>;


export type ApplyForVoucherMutation = { applyForVoucher: { application: { id: string, status: string, requestedFen: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type ApproveVoucherApplicationMutationVariables = Exact<{
  input: ApproveVoucherApplicationInput;
}>;


export type ApproveVoucherApplicationMutation = { approveVoucherApplication: { application: { id: string, status: string, approvedFen: string | null } | null, voucher: { id: string, code: string, balanceFen: string, faceValueFen: string, validUntil: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null }> } };

export type MyVouchersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVouchersQuery = { vouchers: Array<{ id: string, code: string, organisationId: string, balanceFen: string, faceValueFen: string, status: string, redemptions: Array<{ invoiceNumber: string | null, amountFen: string }> }> };

export type VoucherSettlementQueryQueryVariables = Exact<{
  programmeId: string | number;
  period: string;
}>;


export type VoucherSettlementQueryQuery = { voucherSettlement: { totalFen: string, lines: Array<{ organisationName: string, invoiceNumber: string, voucherCode: string, amountFen: string }> } };

export type MarkRelatedPartyMutationVariables = Exact<{
  input: MarkRelatedPartyInput;
}>;


export type MarkRelatedPartyMutation = { markRelatedParty: { relatedParty: boolean | null, userErrors: Array<{ code: UserErrorCode }> } };

export type CostQuoteQueryVariables = Exact<{
  cardType: string;
  cards: number;
  durationSeconds: number;
  adaptation: boolean;
}>;


export type CostQuoteQuery = { costQuote: { priced: boolean, pricePerCardHourFen: string, amountFen: string, freeFen: string, voucherFen: string, cashFen: string } };

export const InvoiceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoiceFieldsFragment, unknown>;
export const CreateAllocationRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocationRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAllocationRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocationRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"cards"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"requestedPriority"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"urgencyDecidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"queuePosition"}},{"kind":"Field","name":{"kind":"Name","value":"preemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"waitReason"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"StringValue","value":"en","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateAllocationRequestMutation, CreateAllocationRequestMutationVariables>;
export const InvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Invoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodMonth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"periodMonth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodMonth"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoicesQuery, InvoicesQueryVariables>;
export const InvoiceByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvoiceById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"bankReference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<InvoiceByIdQuery, InvoiceByIdQueryVariables>;
export const RunBillingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunBilling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunBillingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runBilling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"run"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"invoicesCreated"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsSkipped"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RunBillingMutation, RunBillingMutationVariables>;
export const IssueInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"periodMonth"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pdfPath"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"cardSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unitPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"equityFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}},{"kind":"Field","name":{"kind":"Name","value":"adaptation"}}]}}]}}]} as unknown as DocumentNode<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const RecordPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const CreateCreditNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCreditNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCreditNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCreditNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"creditedFen"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditNote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCreditNoteMutation, CreateCreditNoteMutationVariables>;
export const SetCardPriceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCardPrice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCardPriceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCardPrice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetCardPriceMutation, SetCardPriceMutationVariables>;
export const PriceListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PriceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cardType"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"marketPriceFen"}},{"kind":"Field","name":{"kind":"Name","value":"discountBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"next"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priceFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PriceListQuery, PriceListQueryVariables>;
export const LedgerHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerHealth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthy"}},{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"unbalancedTransactions"}},{"kind":"Field","name":{"kind":"Name","value":"receivableMismatches"}},{"kind":"Field","name":{"kind":"Name","value":"voucherMismatches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstandingFen"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFen"}},{"kind":"Field","name":{"kind":"Name","value":"openCount"}}]}}]}}]} as unknown as DocumentNode<LedgerHealthQuery, LedgerHealthQueryVariables>;
export const VoucherProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"perOrganisationCapFen"}},{"kind":"Field","name":{"kind":"Name","value":"minimumClaimFen"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committedFen"}},{"kind":"Field","name":{"kind":"Name","value":"redeemedFen"}},{"kind":"Field","name":{"kind":"Name","value":"remainingFen"}}]}}]}}]}}]} as unknown as DocumentNode<VoucherProgrammesQuery, VoucherProgrammesQueryVariables>;
export const CreateVoucherProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVoucherProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVoucherProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoucherProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"budgetFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVoucherProgrammeMutation, CreateVoucherProgrammeMutationVariables>;
export const ApplyForVoucherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForVoucher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForVoucherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForVoucher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForVoucherMutation, ApplyForVoucherMutationVariables>;
export const ApproveVoucherApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveVoucherApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveVoucherApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveVoucherApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voucher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveVoucherApplicationMutation, ApproveVoucherApplicationMutationVariables>;
export const MyVouchersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vouchers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"balanceFen"}},{"kind":"Field","name":{"kind":"Name","value":"faceValueFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"redemptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<MyVouchersQuery, MyVouchersQueryVariables>;
export const VoucherSettlementQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoucherSettlementQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voucherSettlement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalFen"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"voucherCode"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}}]}}]}}]}}]} as unknown as DocumentNode<VoucherSettlementQueryQuery, VoucherSettlementQueryQueryVariables>;
export const MarkRelatedPartyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRelatedParty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkRelatedPartyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markRelatedParty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relatedParty"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<MarkRelatedPartyMutation, MarkRelatedPartyMutationVariables>;
export const CostQuoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cards"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adaptation"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cardType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cardType"}}},{"kind":"Argument","name":{"kind":"Name","value":"cards"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cards"}}},{"kind":"Argument","name":{"kind":"Name","value":"durationSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"durationSeconds"}}},{"kind":"Argument","name":{"kind":"Name","value":"adaptation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adaptation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priced"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerCardHourFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountFen"}},{"kind":"Field","name":{"kind":"Name","value":"freeFen"}},{"kind":"Field","name":{"kind":"Name","value":"voucherFen"}},{"kind":"Field","name":{"kind":"Name","value":"cashFen"}}]}}]}}]} as unknown as DocumentNode<CostQuoteQuery, CostQuoteQueryVariables>;