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
