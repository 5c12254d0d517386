import { graphql } from '../../gql/index.js';

/** The founder's own projects (ids and names), to find the one the flow negotiates for. */
export const E2eMyProjects = graphql(`
  query E2eMyProjects {
    projects(first: 50) { edges { node { id name organisation { id } } } }
  }
`);

/** The centre's holding in one startup as the cap table records it. */
export const E2eCentreHolding = graphql(`
  query E2eCentreHolding($organisationId: ID!) {
    capTable(organisationId: $organisationId) { stakeholders { kind shares } }
  }
`);
