import { graphql } from '../../gql';

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $search: String, $role: Role, $organisationId: ID, $active: Boolean) {
    users(first: $first, after: $after, search: $search, role: $role, organisationId: $organisationId, active: $active) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          email
          displayName
          role
          createdAt
          deactivatedAt
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** The organisations a user can be moved to (and filtered by); the demo centre has a dozen. */
export const UserOrganisationsQuery = graphql(`
  query UserOrganisations {
    organisations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      user {
        id
        deactivatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($input: ReactivateUserInput!) {
    reactivateUser(input: $input) {
      user {
        id
        deactivatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeUserRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      user {
        id
        role
        organisation {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
