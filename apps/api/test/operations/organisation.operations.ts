import { graphql } from '../gql/index.js';

/** Organisation reads the API tests send (tenant isolation), typed from docs/schema.graphql by codegen. */
export const OrganisationProjectStages = graphql(`
  query OrganisationProjectStages($id: ID!) { organisation(id: $id) { projects(first: 100) { edges { node { id stage history { id } } } } } }
`);

export const OrganisationsWithProjects = graphql(`
  query OrganisationsWithProjects { organisations(first: 100) { edges { node { id name projects { edges { node { id } } } } } } }
`);

export const OrganisationAllocationIds = graphql(`
  query OrganisationAllocationIds($org: ID) { allocationRequests(first: 100, organisationId: $org) { edges { node { id } } } }
`);

export const VisibleOrganisationsAndProjects = graphql(`
  query VisibleOrganisationsAndProjects {
    me { organisation { id name } }
    organisations { totalCount edges { node { name } } }
    projects(first: 100) { edges { node { organisation { name } } } }
  }
`);
