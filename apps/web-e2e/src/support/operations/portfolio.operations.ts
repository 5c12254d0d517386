import { graphql } from '../../gql/index.js';

/** Signing terms without the term-sheet screens, so the credit-line and portfolio screens have a line to show. */
export const ProposeTerms = graphql(`
  mutation E2eProposeTerms($input: ProposeTermSheetInput!) {
    proposeTermSheet(input: $input) {
      termSheet { id }
      userErrors { code message }
    }
  }
`);

export const AcceptTerms = graphql(`
  mutation E2eAcceptTerms($input: AcceptTermSheetVersionInput!) {
    acceptTermSheetVersion(input: $input) {
      termSheet { id status creditLine { id } }
      userErrors { code message }
    }
  }
`);
