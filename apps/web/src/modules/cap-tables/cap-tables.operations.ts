import { graphql } from '../../gql';

export const CapTableViewFields = graphql(`
  fragment CapTableViewFields on CapTable {
    organisationId
    organisationName
    totalIssuedShares
    totalBoughtBackShares
    totalOutstandingShares
    totalFullyDilutedShares
    shareClasses { id name classType seniority sharesAuthorised outstandingShares }
    stakeholders { id name kind entityType shares fullyDilutedShares outstandingBasisPoints fullyDilutedBasisPoints byClass { shareClassId shares } }
    history {
      id kind at stakeholderId stakeholderName shareClassId shares pricePerShareFen priceFen source creditLineId trancheNumber issuanceId considerationText recordedByName recordedAt
    }
    creditLines {
      id termSheetId status creditFen drawnFen totalShares sharesIssued sharesBoughtBack pricePerShareFen expiresAt buyBackUntil buyBackPremiumBasisPoints buyBackOpen
    }
  }
`);

export const CapTableQuery = graphql(`
  query CapTable($organisationId: ID!) {
    capTable(organisationId: $organisationId) { ...CapTableViewFields }
  }
`);

export const CapTableListQuery = graphql(`
  query CapTableList {
    capTables { organisationId organisationName stakeholderCount totalOutstandingShares centreShares creditLineCount }
    organisations(first: 100, tenantsOnly: true) { edges { node { id name kind } } }
  }
`);

export const AddStakeholderMutation = graphql(`
  mutation CapAddStakeholder($input: AddStakeholderInput!) {
    addStakeholder(input: $input) { capTable { ...CapTableViewFields } userErrors { code field message } }
  }
`);

export const AddShareClassMutation = graphql(`
  mutation CapAddShareClass($input: AddShareClassInput!) {
    addShareClass(input: $input) { capTable { ...CapTableViewFields } userErrors { code field message } }
  }
`);

export const RecordIssuanceMutation = graphql(`
  mutation CapRecordIssuance($input: RecordIssuanceInput!) {
    recordIssuance(input: $input) { capTable { ...CapTableViewFields } userErrors { code field message } }
  }
`);

export const RecordBuyBackMutation = graphql(`
  mutation CapRecordBuyBack($input: RecordBuyBackInput!) {
    recordBuyBack(input: $input) { capTable { ...CapTableViewFields } userErrors { code field message } }
  }
`);
