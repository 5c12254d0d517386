import { graphql } from '../../gql';

/** Where a project stands and how it got there: what the detail page shows and a move refreshes. */
export const ProjectLifecycleFieldsFragment = graphql(`
  fragment ProjectLifecycleFields on Project {
    stage
    stageEnteredAt
    lastTransitionReason
    availableTransitions
    history {
      id
      fromStage
      toStage
      reasonCode
      reason
      createdAt
      actorName
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
`);

export const ProjectDetailQuery = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      summary
      stage
      cooperationModes
      sourcePlatform
      cardType
      cardCountEstimate
      budgetFen
      stageEnteredAt
      createdAt
      organisation {
        id
        name
        kind
        industry
        sensitivityTier
      }
      ...ProjectLifecycleFields
    }
  }
`);

export const ProjectsQuery = graphql(`
  query Projects($first: Int!, $after: String, $stage: ProjectStage, $organisationId: ID) {
    projects(first: $first, after: $after, stage: $stage, organisationId: $organisationId) {
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
        ...ProjectLifecycleFields
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
        availableTransitions
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
