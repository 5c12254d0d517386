import { graphql } from '../../gql';

export const OrganisationsQuery = graphql(`
  query Organisations($first: Int!, $after: String, $kind: OrganisationKind, $industry: Industry) {
    organisations(first: $first, after: $after, kind: $kind, industry: $industry, tenantsOnly: true) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          kind
          industry
          sensitivityTier
          createdAt
          members(first: 1) {
            totalCount
          }
          projects(first: 1) {
            totalCount
          }
        }
      }
    }
  }
`);

export const OrganisationDetailQuery = graphql(`
  query OrganisationDetail($id: ID!) {
    organisation(id: $id) {
      id
      name
      kind
      industry
      sensitivityTier
      createdAt
      members(first: 50) {
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
      projects(first: 50) {
        totalCount
        edges {
          cursor
          node {
            id
            name
            stage
            stageEnteredAt
          }
        }
      }
    }
  }
`);

/** The centre's own organisation: not a tenant, but where its staff are invited. */
export const CentreOrganisationQuery = graphql(`
  query CentreOrganisation {
    organisations(first: 1, kind: CENTRE) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
