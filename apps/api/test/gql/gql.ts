/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateAllocationRequestDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n": typeof types.InvoiceByIdDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n": typeof types.RunBillingDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n": typeof types.CreateCreditNoteDocument,
    "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n": typeof types.SetCardPriceDocument,
    "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n": typeof types.PriceListDocument,
    "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n": typeof types.LedgerHealthDocument,
    "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n": typeof types.VoucherProgrammesDocument,
    "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n": typeof types.CreateVoucherProgrammeDocument,
    "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n": typeof types.ApplyForVoucherDocument,
    "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n": typeof types.ApproveVoucherApplicationDocument,
    "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n": typeof types.MyVouchersDocument,
    "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n": typeof types.VoucherSettlementQueryDocument,
    "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n": typeof types.MarkRelatedPartyDocument,
    "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n": typeof types.CostQuoteDocument,
};
const documents: Documents = {
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateAllocationRequestDocument,
    "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n": types.InvoicesDocument,
    "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n": types.InvoiceByIdDocument,
    "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n": types.RunBillingDocument,
    "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n": types.IssueInvoiceDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n": types.CreateCreditNoteDocument,
    "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n": types.SetCardPriceDocument,
    "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n": types.PriceListDocument,
    "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n": types.LedgerHealthDocument,
    "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n": types.VoucherProgrammesDocument,
    "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n": types.CreateVoucherProgrammeDocument,
    "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n": types.ApplyForVoucherDocument,
    "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n": types.ApproveVoucherApplicationDocument,
    "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n": types.MyVouchersDocument,
    "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n": types.VoucherSettlementQueryDocument,
    "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n": types.MarkRelatedPartyDocument,
    "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n": types.CostQuoteDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n"): (typeof documents)["\n  fragment InvoiceFields on Invoice {\n    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath\n    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n"): (typeof documents)["\n  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {\n    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {\n      totalCount\n      edges { node { ...InvoiceFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n"): (typeof documents)["\n  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RunBilling($input: RunBillingInput!) {\n    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n"): (typeof documents)["\n  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CreateCreditNote($input: CreateCreditNoteInput!) {\n    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n"): (typeof documents)["\n  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n"): (typeof documents)["\n  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n"): (typeof documents)["\n  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n"): (typeof documents)["\n  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {\n    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n"): (typeof documents)["\n  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n"): (typeof documents)["\n  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n"): (typeof documents)["\n  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {\n    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n"): (typeof documents)["\n  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n"): (typeof documents)["\n  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {\n    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;