import { graphql } from '../../gql';

export const TermSheetTermsFields = graphql(`
  fragment TermSheetTermsFields on TermSheetTerms {
    creditFen
    preMoneyValuationFen
    preMoneyFullyDilutedShares
    shareClass
    creditExpiresAt
    buyBack {
      months
      premiumBasisPoints
    }
    tranches {
      percentBasisPoints
      release {
        kind
        thresholdBasisPoints
        stage
        at
        milestoneKey
      }
    }
  }
`);

export const TermSheetVersionFields = graphql(`
  fragment TermSheetVersionFields on TermSheetVersion {
    versionNo
    proposedBySide
    createdAt
    contentHash
    terms {
      ...TermSheetTermsFields
    }
    derived {
      postMoneyValuationFen
      centrePercentBasisPoints
      centreShares
      pricePerShareMicroYuan
      trancheCreditFen
      trancheShares
    }
  }
`);

export const TermSheetDetailFields = graphql(`
  fragment TermSheetDetailFields on TermSheet {
    id
    projectId
    projectName
    organisationId
    organisationName
    status
    signedVersionNo
    withdrawnBySide
    withdrawnReason
    createdAt
    currentVersion {
      ...TermSheetVersionFields
    }
    versions {
      ...TermSheetVersionFields
    }
    proposers {
      versionNo
      name
    }
    acceptances {
      versionNo
      side
      userId
      userName
      at
      ip
      contentHash
    }
  }
`);

export const TermSheetsQuery = graphql(`
  query TermSheets($projectId: ID) {
    termSheets(projectId: $projectId) {
      id
      projectId
      projectName
      organisationName
      status
      createdAt
      # The whole version, as the detail page reads it: a version has no id, so the cache keeps one
      # copy per sheet, and a partial one written by this list would leave the detail page incomplete.
      currentVersion {
        ...TermSheetVersionFields
      }
    }
  }
`);

export const TermSheetQuery = graphql(`
  query TermSheet($id: ID!) {
    termSheet(id: $id) {
      ...TermSheetDetailFields
      creditLine {
        ...CreditLineFields
      }
    }
  }
`);

export const TermSheetDiffQuery = graphql(`
  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {
    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) {
      field
      before
      after
    }
  }
`);

/** The projects a manager may open a term sheet for (the editor's picker). */
export const EquityProjectOptionsQuery = graphql(`
  query EquityProjectOptions {
    projects(first: 100) {
      edges {
        node {
          id
          name
          stage
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const ProposeTermSheetMutation = graphql(`
  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {
    proposeTermSheet(input: $input) {
      termSheet {
        ...TermSheetDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CounterOfferTermSheetMutation = graphql(`
  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {
    counterOfferTermSheet(input: $input) {
      termSheet {
        ...TermSheetDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AcceptTermSheetVersionMutation = graphql(`
  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {
    acceptTermSheetVersion(input: $input) {
      termSheet {
        ...TermSheetDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawTermSheetMutation = graphql(`
  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {
    withdrawTermSheet(input: $input) {
      termSheet {
        ...TermSheetDetailFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The project a new sheet is for, when the editor was opened from its page (it may not be in the first 100). */
export const EquityProjectQuery = graphql(`
  query EquityProject($id: ID!) {
    project(id: $id) {
      id
      name
      stage
      organisation {
        id
        name
      }
    }
  }
`);
