import { graphql } from '../gql/index.js';

/** Project operations the API tests send (the list page, applications), typed from docs/schema.graphql by codegen. */
export const ProjectPage = graphql(`
  query ProjectPage($first: Int!) {
    projects(first: $first) { totalCount edges { node { id name organisation { name } allocationSummary { queuedRequests } } } }
  }
`);

export const ApplyForProjectCodes = graphql(`
  mutation ApplyForProjectCodes($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id } userErrors { code } } }
`);

/** A root field the response cache never holds (me) beside one it would. */
export const MeAndProjectCount = graphql(`query MeAndProjectCount { me { email } projects(first: 5) { totalCount } }`);

/** A project as the lifecycle spec reads it: stage, history, need and adaptation. */
export const LifecycleProjectFields = graphql(`
  fragment LifecycleProjectFields on Project {
    id name stage lastTransitionReason availableTransitions cardType cardCountEstimate budgetFen
    history { fromStage toStage reasonCode reason actor { email } actorName createdAt }
    adaptation { sourcePlatform targetPlatform startedAt dueAt completedItems overdue chargeFen }
  }
`);

export const ApplyForProject = graphql(`
  mutation ApplyForProject($input: ApplyForProjectInput!) {
    applyForProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }
  }
`);

export const TransitionProject = graphql(`
  mutation TransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) { project { ...LifecycleProjectFields } userErrors { code message field } }
  }
`);

export const SetAdaptationChecklistItem = graphql(`
  mutation SetAdaptationChecklistItem($input: SetAdaptationChecklistItemInput!) {
    setAdaptationChecklistItem(input: $input) { project { ...LifecycleProjectFields } userErrors { code message } }
  }
`);

export const GetProject = graphql(`query GetProject($id: ID!) { project(id: $id) { ...LifecycleProjectFields } }`);

export const MyDisplayName = graphql(`query MyDisplayName { me { displayName } }`);

export const MyId = graphql(`query MyId { me { id } }`);

export const ProjectNames = graphql(`query ProjectNames { projects(first: 100) { edges { node { name } } } }`);

export const OrganisationKinds = graphql(`
  query OrganisationKinds($tenantsOnly: Boolean) { organisations(first: 100, tenantsOnly: $tenantsOnly) { totalCount edges { node { kind } } } }
`);

export const OverdueAdaptations = graphql(`query OverdueAdaptations { overdueAdaptations { totalCount edges { node { name adaptation { overdue } } } } }`);

export const PipelineColumns = graphql(`query PipelineColumns { pipeline(perStage: 1) { stage totalCount projects { id } } }`);

export const PipelineBoard = graphql(`
  query PipelineBoard($search: String, $industry: Industry, $overdueOnly: Boolean!) {
    pipeline(perStage: 100, search: $search, industry: $industry, overdueOnly: $overdueOnly) {
      stage totalCount projects { name stage organisation { name industry } adaptation { overdue } }
    }
  }
`);

export const ProjectPageAfter = graphql(`
  query ProjectPageAfter($after: String) { projects(first: 3, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }
`);
