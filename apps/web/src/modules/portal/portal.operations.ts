import { graphql } from '../../gql';

export const MyOrganisationQuery = graphql(`
  query MyOrganisation {
    me {
      id
      organisation {
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
      }
    }
  }
`);

export const MyProjectsQuery = graphql(`
  query MyProjects($first: Int!, $after: String) {
    projects(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          stage
          stageEnteredAt
          createdAt
          lastTransitionReason
          cooperationModes
        }
      }
    }
  }
`);

export const ApplyForProjectMutation = graphql(`
  mutation ApplyForProject($input: ApplyForProjectInput!) {
    applyForProject(input: $input) {
      project {
        id
        name
        stage
        stageEnteredAt
        createdAt
        lastTransitionReason
        cooperationModes
        sourcePlatform
        cardType
        cardCountEstimate
        budgetFen
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The card types the centre runs: suggestions for the card-need field of an application. */
export const ApplyCardTypesQuery = graphql(`
  query ApplyCardTypes {
    clusters {
      id
      cardTypes
    }
  }
`);
