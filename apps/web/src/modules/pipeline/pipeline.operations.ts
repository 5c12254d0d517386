import { graphql } from '../../gql';

export const PipelineQuery = graphql(`
  query Pipeline($perStage: Int!, $search: String, $industry: Industry, $overdueOnly: Boolean) {
    pipeline(perStage: $perStage, search: $search, industry: $industry, overdueOnly: $overdueOnly) {
      stage
      totalCount
      projects {
        id
        name
        stage
        stageEnteredAt
        lastTransitionReason
        cooperationModes
        cardType
        cardCountEstimate
        availableTransitions
        organisation {
          id
          name
          kind
          industry
          sensitivityTier
        }
        adaptation {
          id
          dueAt
          overdue
          completedItems
        }
        nextMilestone {
          id
          title
          dueOn
        }
        overdueMilestones {
          id
        }
      }
    }
  }
`);

export const OverdueAdaptationsQuery = graphql(`
  query OverdueAdaptations($first: Int!, $after: String) {
    overdueAdaptations(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      edges {
        cursor
        node {
          id
          name
          organisation {
            id
            name
          }
          adaptation {
            id
            dueAt
            overdue
            completedItems
          }
        }
      }
    }
  }
`);
