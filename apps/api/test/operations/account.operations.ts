import { graphql } from '../gql/index.js';

/** Account operations the API tests send, typed from docs/schema.graphql by codegen. */
export const SignInCodes = graphql(`
  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }
`);
