import { graphql } from '../gql/index.js';

/** Account operations the API tests send, typed from docs/schema.graphql by codegen. */
export const SignInCodes = graphql(`
  mutation SignInCodes($input: SignInInput!) { signIn(input: $input) { token userErrors { code } } }
`);

export const AuditEvents = graphql(`
  query AuditEvents($first: Int!, $action: String, $org: ID) {
    auditEvents(first: $first, action: $action, organisationId: $org) {
      totalCount
      edges { node { id at action actorKind actorId targetType targetId organisationId detailsJson ip actor { email } } }
    }
  }
`);
