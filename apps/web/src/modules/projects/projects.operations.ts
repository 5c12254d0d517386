import { graphql } from '../../gql';

export const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      summary
      stage
      cooperationModes
      stageEnteredAt
      createdAt
      lastTransitionReason
      availableTransitions
      organisation {
        id
        name
        kind
        industry
        sensitivityTier
      }
      history {
        id
        fromStage
        toStage
        reason
        createdAt
        actor {
          id
          displayName
          role
        }
      }
      adaptation {
        id
        sourcePlatform
        targetPlatform
        startedAt
        dueAt
        completedItems
        overdue
        chargeFen
      }
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($first: Int!, $after: String, $stage: ProjectStage, $organisationId: ID) {
    projects(first: $first, after: $after, stage: $stage, organisationId: $organisationId) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          stage
          stageEnteredAt
          lastTransitionReason
          cooperationModes
          organisation {
            id
            name
            sensitivityTier
          }
          adaptation {
            id
            overdue
          }
        }
      }
    }
  }
`);

export const TransitionProjectMutation = graphql(`
  mutation TransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      project {
        id
        stage
        stageEnteredAt
        lastTransitionReason
        availableTransitions
        history {
          id
          fromStage
          toStage
          reason
          createdAt
          actor {
            id
            displayName
            role
          }
        }
        adaptation {
          id
          sourcePlatform
          targetPlatform
          startedAt
          dueAt
          completedItems
          overdue
          chargeFen
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SetAdaptationChecklistItemMutation = graphql(`
  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {
    setAdaptationChecklistItem(input: $input) {
      project {
        id
        adaptation {
          id
          completedItems
          overdue
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
