import { graphql } from '../gql/index.js';

/**
 * What test/scenario.ts sends to give one test its own organisation, founder, project and cluster,
 * through the API as a manager would build them.
 */
export const ScenarioCreateOrganisation = graphql(`mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }`);

export const ScenarioInviteUser = graphql(`mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }`);

export const ScenarioAcceptInvitation = graphql(`mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }`);

export const ScenarioApplyForProject = graphql(`mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }`);

export const ScenarioTransitionProject = graphql(`mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }`);

export const ScenarioCheckAdaptationItem = graphql(`mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }`);

export const ScenarioCreateCluster = graphql(`mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }`);

export const ScenarioAddNodes = graphql(`mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }`);

export const ScenarioCentre = graphql(`query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }`);
