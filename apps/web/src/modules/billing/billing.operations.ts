import { graphql } from '../../gql';

export const CardPriceFields = graphql(`
  fragment CardPriceFields on CardPrice {
    id
    cardType
    priceFen
    marketPriceFen
    discountBasisPoints
    effectiveFrom
    note
    createdAt
  }
`);

export const PriceListQuery = graphql(`
  query PriceList {
    priceList {
      cardType
      current {
        ...CardPriceFields
      }
      next {
        ...CardPriceFields
      }
      history {
        ...CardPriceFields
      }
    }
  }
`);

export const SetCardPriceMutation = graphql(`
  mutation SetCardPrice($input: SetCardPriceInput!) {
    setCardPrice(input: $input) {
      price {
        ...CardPriceFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvoiceRowFields = graphql(`
  fragment InvoiceRowFields on Invoice {
    id
    number
    kind
    status
    periodMonth
    organisationId
    organisation {
      id
      name
    }
    totalFen
    voucherFen
    cashFen
    balanceFen
    paidFen
    creditedFen
    overdue
    dueAt
    issuedAt
    createdAt
    pdfPath
  }
`);

export const InvoicesQuery = graphql(`
  query Invoices($first: Int!, $after: String, $periodMonth: String, $status: String, $overdueOnly: Boolean) {
    invoices(first: $first, after: $after, periodMonth: $periodMonth, status: $status, overdueOnly: $overdueOnly) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          ...InvoiceRowFields
        }
      }
    }
  }
`);

export const BillingSummaryQuery = graphql(`
  query BillingSummary {
    billingBalance {
      outstandingFen
      overdueFen
      openCount
      overdueCount
    }
    billingRuns {
      ...BillingRunFields
    }
  }
`);

export const BillingRunFields = graphql(`
  fragment BillingRunFields on BillingRun {
    id
    periodMonth
    status
    startedAt
    finishedAt
    invoicesCreated
    organisationsSkipped
    problems {
      organisationId
      organisationName
      code
      cardType
    }
  }
`);

export const RunBillingMutation = graphql(`
  mutation RunBilling($input: RunBillingInput!) {
    runBilling(input: $input) {
      run {
        ...BillingRunFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvoiceDetailFields = graphql(`
  fragment InvoiceDetailFields on Invoice {
    ...InvoiceRowFields
    note
    freeFen
    equityFen
    lines {
      id
      lineNo
      projectId
      projectName
      cardType
      cardHours
      unitPriceFen
      amountFen
      freeFen
      voucherFen
      equityFen
      cashFen
      adaptation
    }
    payments {
      id
      amountFen
      paidOn
      bankReference
      createdAt
    }
    creditNotes {
      id
      number
      status
      totalFen
      note
      createdAt
      pdfPath
    }
  }
`);

export const InvoiceQuery = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceDetailFields
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($input: VoidInvoiceInput!) {
    voidInvoice(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CreateCreditNoteMutation = graphql(`
  mutation CreateCreditNote($input: CreateCreditNoteInput!) {
    createCreditNote(input: $input) {
      invoice {
        ...InvoiceDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const LedgerCheckQuery = graphql(`
  query LedgerCheck {
    ledgerCheck {
      healthy
      totalFen
      unbalancedTransactions
      receivableMismatches
      voucherMismatches
      centreAccounts {
        code
        kind
        organisationId
        balanceFen
      }
    }
  }
`);

export const LedgerEntriesQuery = graphql(`
  query LedgerEntries($first: Int!, $after: String) {
    ledgerEntries(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          transactionId
          accountCode
          amountFen
          reason
          memo
          createdAt
        }
      }
    }
  }
`);

export const BillingSettingsQuery = graphql(`
  query BillingSettings {
    billingSettings {
      paymentTermsDays
      payerOrder
    }
  }
`);

export const UpdateBillingSettingsMutation = graphql(`
  mutation UpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      settings {
        paymentTermsDays
        payerOrder
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
