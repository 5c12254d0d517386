import { graphql } from '../gql/index.js';

/** The billing and voucher operations API tests send, typed from docs/schema.graphql by codegen. */
export const InvoiceFields = graphql(`
  fragment InvoiceFields on Invoice {
    id kind number status organisationId periodMonth issuedAt dueAt totalFen freeFen voucherFen equityFen cashFen paidFen creditedFen balanceFen overdue pdfPath
    lines { id cardType cardSeconds unitPriceFen amountFen freeFen voucherFen equityFen cashFen adaptation }
  }
`);

export const Invoices = graphql(`
  query Invoices($first: Int!, $periodMonth: String, $status: String, $organisationId: ID) {
    invoices(first: $first, periodMonth: $periodMonth, status: $status, organisationId: $organisationId) {
      totalCount
      edges { node { ...InvoiceFields } }
    }
  }
`);

export const InvoiceById = graphql(`
  query InvoiceById($id: ID!) { invoice(id: $id) { ...InvoiceFields payments { id amountFen bankReference } creditNotes { id number totalFen } } }
`);

export const RunBilling = graphql(`
  mutation RunBilling($input: RunBillingInput!) {
    runBilling(input: $input) { run { id periodMonth status invoicesCreated organisationsSkipped problems { organisationId code cardType } } userErrors { code field } }
  }
`);

export const IssueInvoice = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) { issueInvoice(input: $input) { invoice { ...InvoiceFields } userErrors { code field } } }
`);

export const RecordPayment = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) { invoice { id status paidFen balanceFen } payment { id amountFen } userErrors { code field } }
  }
`);

export const CreateCreditNote = graphql(`
  mutation CreateCreditNote($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) { invoice { id status creditedFen balanceFen } creditNote { id number kind totalFen cashFen } userErrors { code field } }
  }
`);

export const SetCardPrice = graphql(`
  mutation SetCardPrice($input: SetCardPriceInput!) { setCardPrice(input: $input) { price { id priceFen effectiveFrom } userErrors { code field } } }
`);

export const PriceList = graphql(`
  query PriceList { priceList { cardType current { id priceFen marketPriceFen discountBasisPoints } next { priceFen } history { id } } }
`);

export const LedgerHealth = graphql(`
  query LedgerHealth { ledgerCheck { healthy totalFen unbalancedTransactions receivableMismatches voucherMismatches } billingBalance { outstandingFen overdueFen openCount } }
`);

export const VoucherProgrammes = graphql(`
  query VoucherProgrammes { voucherProgrammes { id year status budgetFen coverageBasisPoints perOrganisationCapFen minimumClaimFen figures { committedFen redeemedFen remainingFen } } }
`);

export const CreateVoucherProgramme = graphql(`
  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {
    createVoucherProgramme(input: $input) { programme { id year budgetFen } userErrors { code field } }
  }
`);

export const ApplyForVoucher = graphql(`
  mutation ApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id status requestedFen } userErrors { code field } } }
`);

export const ApproveVoucherApplication = graphql(`
  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {
    approveVoucherApplication(input: $input) { application { id status approvedFen } voucher { id code balanceFen faceValueFen validUntil } userErrors { code field } }
  }
`);

export const MyVouchers = graphql(`
  query MyVouchers { vouchers { id code organisationId balanceFen faceValueFen status redemptions { invoiceNumber amountFen } } }
`);

export const VoucherSettlementQuery = graphql(`
  query VoucherSettlementQuery($programmeId: ID!, $period: String!) {
    voucherSettlement(programmeId: $programmeId, period: $period) { totalFen lines { organisationName invoiceNumber voucherCode amountFen } }
  }
`);

export const MarkRelatedParty = graphql(`
  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) { markRelatedParty(input: $input) { relatedParty userErrors { code } } }
`);

export const CostQuote = graphql(`
  query CostQuote($cardType: String!, $cards: Int!, $durationSeconds: Int!, $adaptation: Boolean!) {
    costQuote(cardType: $cardType, cards: $cards, durationSeconds: $durationSeconds, adaptation: $adaptation) { priced pricePerCardHourFen amountFen freeFen voucherFen cashFen }
  }
`);

export const BillingSettingsOp = graphql(`
  query BillingSettingsOp { billingSettings { paymentTermsDays payerOrder } }
`);

export const UpdateBillingSettings = graphql(`
  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) { settings { paymentTermsDays payerOrder } userErrors { code field } }
  }
`);
