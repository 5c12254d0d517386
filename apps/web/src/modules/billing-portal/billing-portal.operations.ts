import { graphql } from '../../gql';

export const MyBillsQuery = graphql(`
  query MyBills($first: Int!, $after: String) {
    billingBalance {
      openCount
      outstandingFen
      overdueCount
      overdueFen
    }
    invoices(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          number
          kind
          periodMonth
          status
          totalFen
          voucherFen
          cashFen
          balanceFen
          dueAt
          overdue
        }
      }
    }
  }
`);

export const MyInvoiceQuery = graphql(`
  query MyInvoice($id: ID!) {
    invoice(id: $id) {
      id
      number
      kind
      periodMonth
      status
      issuedAt
      dueAt
      overdue
      totalFen
      freeFen
      voucherFen
      equityFen
      cashFen
      paidFen
      creditedFen
      balanceFen
      pdfPath
      lines {
        id
        lineNo
        projectName
        cardType
        cardHours
        unitPriceFen
        amountFen
        adaptation
        freeFen
        voucherFen
        equityFen
        cashFen
      }
      payments {
        id
        amountFen
        paidOn
        bankReference
      }
    }
  }
`);

export const MyVouchersQuery = graphql(`
  query MyVouchers {
    vouchers {
      id
      code
      faceValueFen
      balanceFen
      coverageBasisPoints
      validFrom
      validUntil
      status
      redemptions {
        id
        invoiceId
        invoiceNumber
        amountFen
        createdAt
      }
    }
  }
`);

export const MyVoucherApplicationsQuery = graphql(`
  query MyVoucherApplications($first: Int!, $after: String) {
    voucherApplications(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          programmeId
          requestedFen
          approvedFen
          status
          purpose
          decisionReason
          createdAt
          decidedAt
        }
      }
    }
  }
`);

export const WithdrawVoucherApplicationMutation = graphql(`
  mutation WithdrawVoucherApplication($input: WithdrawVoucherApplicationInput!) {
    withdrawVoucherApplication(input: $input) {
      application {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApplyVoucherFormQuery = graphql(`
  query ApplyVoucherForm {
    voucherProgrammes {
      id
      name
      year
      status
      coverageBasisPoints
      perOrganisationCapFen
      minimumClaimFen
      validityMonths
    }
    projects(first: 100) {
      edges {
        cursor
        node {
          id
          name
          stage
        }
      }
    }
  }
`);

export const ApplyForVoucherMutation = graphql(`
  mutation ApplyForVoucher($input: ApplyForVoucherInput!) {
    applyForVoucher(input: $input) {
      application {
        id
        status
        requestedFen
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
