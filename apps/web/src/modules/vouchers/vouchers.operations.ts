import { graphql } from '../../gql';

export const VoucherProgrammeFields = graphql(`
  fragment VoucherProgrammeFields on VoucherProgramme {
    id
    year
    name
    status
    budgetFen
    coverageBasisPoints
    perOrganisationCapFen
    minimumClaimFen
    validityMonths
    eligibleKinds
    eligibleIndustries
    settlement
    figures {
      budgetFen
      committedFen
      redeemedFen
      expiredFen
      remainingFen
      pendingApplications
      breakdown {
        dimension
        key
        organisations
        committedFen
        redeemedFen
      }
    }
  }
`);

export const VoucherProgrammesQuery = graphql(`
  query VoucherProgrammes {
    voucherProgrammes {
      ...VoucherProgrammeFields
    }
  }
`);

export const CreateVoucherProgrammeMutation = graphql(`
  mutation CreateVoucherProgramme($input: CreateVoucherProgrammeInput!) {
    createVoucherProgramme(input: $input) {
      programme {
        ...VoucherProgrammeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetVoucherProgrammeStatusMutation = graphql(`
  mutation SetVoucherProgrammeStatus($input: SetVoucherProgrammeStatusInput!) {
    setVoucherProgrammeStatus(input: $input) {
      programme {
        ...VoucherProgrammeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VoucherApplicationFields = graphql(`
  fragment VoucherApplicationFields on VoucherApplication {
    id
    programmeId
    organisationId
    organisation {
      id
      name
      kind
      industry
    }
    requestedFen
    approvedFen
    purpose
    status
    decisionReason
    createdAt
    decidedAt
  }
`);

export const VoucherQueueQuery = graphql(`
  query VoucherQueue {
    voucherApplications(status: "SUBMITTED", first: 50) {
      totalCount
      edges {
        node {
          ...VoucherApplicationFields
        }
      }
    }
  }
`);

export const ApplicantHistoryQuery = graphql(`
  query ApplicantHistory($organisationId: ID!) {
    voucherApplications(organisationId: $organisationId, first: 20) {
      totalCount
      edges {
        node {
          ...VoucherApplicationFields
        }
      }
    }
    billingBalance(organisationId: $organisationId) {
      outstandingFen
      overdueFen
      openCount
      overdueCount
    }
    invoices(organisationId: $organisationId, first: 50) {
      totalCount
      edges {
        node {
          id
          totalFen
          status
        }
      }
    }
  }
`);

export const ApproveVoucherApplicationMutation = graphql(`
  mutation ApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {
    approveVoucherApplication(input: $input) {
      application {
        ...VoucherApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectVoucherApplicationMutation = graphql(`
  mutation RejectVoucherApplication($input: RejectVoucherApplicationInput!) {
    rejectVoucherApplication(input: $input) {
      application {
        ...VoucherApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MarkRelatedPartyMutation = graphql(`
  mutation MarkRelatedParty($input: MarkRelatedPartyInput!) {
    markRelatedParty(input: $input) {
      relatedParty
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnmarkRelatedPartyMutation = graphql(`
  mutation UnmarkRelatedParty($input: UnmarkRelatedPartyInput!) {
    unmarkRelatedParty(input: $input) {
      relatedParty
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const TenantOptionsQuery = graphql(`
  query TenantOptions {
    organisations(first: 100, tenantsOnly: true) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const RelatedPartiesQuery = graphql(`
  query RelatedParties {
    relatedParties {
      organisationId
      organisationName
      reason
      markedAt
    }
  }
`);
