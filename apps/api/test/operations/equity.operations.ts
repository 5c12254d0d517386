import { graphql } from '../gql/index.js';

/** The term-sheet operations API tests send, typed from docs/schema.graphql by codegen. */
export const TermSheetFields = graphql(`
  fragment TermSheetFields on TermSheet {
    id organisationId projectId status signedVersionNo withdrawnBySide withdrawnReason
    currentVersion { versionNo proposedBySide contentHash }
    versions {
      versionNo proposedBySide createdAt contentHash
      terms {
        creditFen preMoneyValuationFen preMoneyFullyDilutedShares shareClass creditExpiresAt
        tranches { percentBasisPoints release { kind thresholdBasisPoints stage at milestoneKey } }
        buyBack { months premiumBasisPoints }
      }
      derived { postMoneyValuationFen centrePercentBasisPoints centreShares pricePerShareMicroYuan trancheShares trancheCreditFen }
    }
    acceptances { versionNo side userId at ip contentHash }
  }
`);

export const TermSheets = graphql(`
  query TermSheets($projectId: ID) { termSheets(projectId: $projectId) { ...TermSheetFields } }
`);

export const TermSheetById = graphql(`
  query TermSheetById($id: ID!) { termSheet(id: $id) { ...TermSheetFields } }
`);

export const TermSheetDiff = graphql(`
  query TermSheetDiff($termSheetId: ID!, $fromVersionNo: Int!, $toVersionNo: Int!) {
    termSheetDiff(termSheetId: $termSheetId, fromVersionNo: $fromVersionNo, toVersionNo: $toVersionNo) { field before after }
  }
`);

export const ProposeTermSheet = graphql(`
  mutation ProposeTermSheet($input: ProposeTermSheetInput!) {
    proposeTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }
  }
`);

export const CounterOfferTermSheet = graphql(`
  mutation CounterOfferTermSheet($input: CounterOfferTermSheetInput!) {
    counterOfferTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }
  }
`);

export const AcceptTermSheetVersion = graphql(`
  mutation AcceptTermSheetVersion($input: AcceptTermSheetVersionInput!) {
    acceptTermSheetVersion(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }
  }
`);

export const WithdrawTermSheet = graphql(`
  mutation WithdrawTermSheet($input: WithdrawTermSheetInput!) {
    withdrawTermSheet(input: $input) { termSheet { ...TermSheetFields } userErrors { code field message } }
  }
`);

export const MyUserId = graphql(`
  query EquityMe { me { id } }
`);
