import { graphql } from '../../gql/index.js';

/**
 * The operations the browser tests send straight to the API (set-up steps without a screen, and
 * checks of what a screen did), typed from docs/schema.graphql by codegen: a spec that reads a
 * field the schema no longer has fails to typecheck instead of reading undefined.
 */
export const SignIn = graphql(`
  mutation E2eSignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      userErrors { code message }
    }
  }
`);

export const CreateOrganisation = graphql(`
  mutation E2eCreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation { id name }
      userErrors { code message }
    }
  }
`);

export const InviteUser = graphql(`
  mutation E2eInviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      inviteUrl
      userErrors { code message }
    }
  }
`);

export const AcceptInvitation = graphql(`
  mutation E2eAcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user { id email }
      userErrors { code message }
    }
  }
`);

export const ApplyForProject = graphql(`
  mutation E2eApplyForProject($input: ApplyForProjectInput!) {
    applyForProject(input: $input) {
      project { id name stage }
      userErrors { code message }
    }
  }
`);

export const TransitionProject = graphql(`
  mutation E2eTransitionProject($input: TransitionProjectInput!) {
    transitionProject(input: $input) {
      project { id stage }
      userErrors { code message }
    }
  }
`);

export const Clusters = graphql(`
  query E2eClusters {
    clusters { id name }
  }
`);

export const CreateCluster = graphql(`
  mutation E2eCreateCluster($input: CreateClusterInput!) {
    createCluster(input: $input) {
      cluster { id name }
      userErrors { code message }
    }
  }
`);

export const AddNodes = graphql(`
  mutation E2eAddNodes($input: AddNodesInput!) {
    addNodes(input: $input) {
      cluster { id }
      userErrors { code message }
    }
  }
`);

export const CreateAllocationRequest = graphql(`
  mutation E2eCreateAllocationRequest($input: CreateAllocationRequestInput!) {
    createAllocationRequest(input: $input) {
      allocationRequest { id state cards }
      userErrors { code message }
    }
  }
`);

export const AllocationRequest = graphql(`
  query E2eAllocationRequest($id: ID!) {
    allocationRequest(id: $id) { id state priority urgency }
  }
`);

export const AllocationRequestCount = graphql(`
  query E2eAllocationRequestCount {
    allocationRequests(first: 1) { totalCount }
  }
`);

export const OpenAllocationRequests = graphql(`
  query E2eOpenAllocationRequests {
    allocationRequests(first: 50, states: [QUEUED, RUNNING]) {
      edges { node { id cards state } }
    }
  }
`);

export const CancelAllocationRequest = graphql(`
  mutation E2eCancelAllocationRequest($id: ID!) {
    cancelAllocationRequest(input: { id: $id }) {
      allocationRequest { id state }
      userErrors { code message }
    }
  }
`);

export const CentreCards = graphql(`
  query E2eCentreCards {
    organisationScheduling(first: 1) { centreCards }
  }
`);
