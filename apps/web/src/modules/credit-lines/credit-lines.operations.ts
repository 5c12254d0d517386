import { graphql } from '../../gql';

/** What a row of the lists shows. */
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

/** Everything the line view shows; exported so a page that embeds CreditLineView can ask for it. */
export const CreditLineFields = graphql(`
  fragment CreditLineFields on CreditLine {
    ...CreditLineRowFields
    termSheetId
    versionNo
    remainingFen
    totalShares
    sharesIssued
    pricePerShare
    shareClass
    openedAt
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
