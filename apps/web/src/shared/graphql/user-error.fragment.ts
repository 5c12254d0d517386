import { graphql } from '../../gql';

/** Every mutation payload's userErrors, selected the same way everywhere. */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    field
  }
`);
