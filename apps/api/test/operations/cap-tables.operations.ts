import { graphql } from '../gql/index.js';

/** The cap-table operations API tests send, typed from docs/schema.graphql by codegen. */
export const CapTableFields = graphql(`
  fragment CapTableFields on CapTable {
    organisationId organisationName totalIssuedShares totalBoughtBackShares totalOutstandingShares totalFullyDilutedShares
    shareClasses { id name classType seniority sharesAuthorised outstandingShares }
    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }
    history {
      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedById recordedByName recordedAt
    }
    creditLines {
      id termSheetId projectId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen shareClassId expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen
    }
  }
`);

export const CapTableOf = graphql(`
  query CapTableOf($organisationId: ID!) { capTable(organisationId: $organisationId) { ...CapTableFields } }
`);

export const CapTableListings = graphql(`
  query CapTableListings { capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount } }
`);

export const AddStakeholder = graphql(`
  mutation AddStakeholder($input: AddStakeholderInput!) { addStakeholder(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }
`);

export const AddShareClass = graphql(`
  mutation AddShareClass($input: AddShareClassInput!) { addShareClass(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }
`);

export const RecordIssuance = graphql(`
  mutation RecordIssuance($input: RecordIssuanceInput!) { recordIssuance(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }
`);

export const RecordBuyBack = graphql(`
  mutation RecordBuyBack($input: RecordBuyBackInput!) { recordBuyBack(input: $input) { capTable { ...CapTableFields } userErrors { code field message } } }
`);
