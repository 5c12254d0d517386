import { graphql } from '../../gql';

export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitation {
        id
        email
        role
        status
        expiresAt
      }
      mailDelivery
      inviteUrl
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: RevokeInvitationInput!) {
    revokeInvitation(input: $input) {
      invitation {
        id
        status
        revokedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      organisationName
      email
      expiresAt
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
        email
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      user {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const MembersQuery = graphql(`
  query Members($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      name
      members(first: 100) {
        totalCount
        edges {
          cursor
          node {
            id
            displayName
            email
            role
          }
        }
      }
    }
  }
`);

export const OrganisationInvitationsQuery = graphql(`
  query OrganisationInvitations($organisationId: ID!) {
    invitations(organisationId: $organisationId, first: 100) {
      totalCount
      edges {
        cursor
        node {
          id
          email
          role
          status
          expiresAt
          createdAt
        }
      }
    }
  }
`);

export const AuditEventsQuery = graphql(`
  query AuditEvents($first: Int!, $after: String, $action: String) {
    auditEvents(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          at
          action
          actorKind
          actor {
            id
            displayName
            email
          }
          organisation {
            id
            name
          }
          targetType
          targetId
          detailsJson
          ip
        }
      }
    }
  }
`);
