import { graphql } from '../../gql';

/** Everything the line view shows; exported so a page that embeds CreditLineView can ask for it. */
export const CreditLineFields = graphql(`
  fragment CreditLineFields on CreditLine {
    id
    termSheetId
    versionNo
    organisationId
    organisationName
    projectId
    projectName
    status
    creditFen
    drawnFen
    remainingFen
    drawableFen
    totalShares
    sharesIssued
    pricePerShare
    shareClass
    openedAt
    expiresAt
    closedAt
    buyBackUntil
    buyBackPremiumBasisPoints
    tranches {
      trancheNo
      percentBasisPoints
      release {
        kind
        thresholdBasisPoints
        stage
        at
        milestoneKey
      }
      status
      creditFen
      drawnFen
      remainingFen
      shares
      releasedAt
      fullyDrawnAt
    }
    draws {
      id
      trancheNo
      invoiceId
      invoiceNumber
      amountFen
      drawnAt
    }
  }
`);

export const CreditLineRowFields = graphql(`
  fragment CreditLineRowFields on CreditLine {
    id
    organisationId
    organisationName
    projectId
    projectName
    status
    creditFen
    drawnFen
    drawableFen
    expiresAt
  }
`);

export const CreditLinesQuery = graphql(`
  query CreditLines($organisationId: ID, $projectId: ID) {
    creditLines(organisationId: $organisationId, projectId: $projectId) {
      ...CreditLineRowFields
    }
  }
`);

export const CreditLineQuery = graphql(`
  query CreditLine($id: ID!) {
    creditLine(id: $id) {
      ...CreditLineFields
    }
  }
`);
