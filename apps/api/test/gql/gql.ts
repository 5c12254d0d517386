/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.CreateAllocationRequestDocument,
    "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }": typeof types.ScenarioCreateOrganisationDocument,
    "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }": typeof types.ScenarioInviteUserDocument,
    "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }": typeof types.ScenarioAcceptInvitationDocument,
    "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }": typeof types.ScenarioApplyForProjectDocument,
    "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }": typeof types.ScenarioTransitionProjectDocument,
    "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }": typeof types.ScenarioCheckAdaptationItemDocument,
    "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }": typeof types.ScenarioCreateClusterDocument,
    "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }": typeof types.ScenarioAddNodesDocument,
    "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }": typeof types.ScenarioCentreDocument,
};
const documents: Documents = {
    "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.CreateAllocationRequestDocument,
    "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }": types.ScenarioCreateOrganisationDocument,
    "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }": types.ScenarioInviteUserDocument,
    "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }": types.ScenarioAcceptInvitationDocument,
    "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }": types.ScenarioApplyForProjectDocument,
    "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }": types.ScenarioTransitionProjectDocument,
    "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }": types.ScenarioCheckAdaptationItemDocument,
    "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }": types.ScenarioCreateClusterDocument,
    "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }": types.ScenarioAddNodesDocument,
    "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }": types.ScenarioCentreDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest {\n        id\n        state\n        cards\n        cardType\n        priority\n        requestedPriority\n        urgency\n        urgencyDecidedAt\n        queuePosition\n        preemptAt\n        startedAt\n        finishedAt\n        endReason\n        waitReason(locale: \"en\") {\n          code\n          message\n        }\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }"): (typeof documents)["mutation ScenarioCreateOrganisation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }"): (typeof documents)["mutation ScenarioInviteUser($input: InviteUserInput!) { inviteUser(input: $input) { inviteUrl userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }"): (typeof documents)["mutation ScenarioAcceptInvitation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { id email } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }"): (typeof documents)["mutation ScenarioApplyForProject($input: ApplyForProjectInput!) { applyForProject(input: $input) { project { id name stage } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }"): (typeof documents)["mutation ScenarioTransitionProject($input: TransitionProjectInput!) { transitionProject(input: $input) { project { id stage } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }"): (typeof documents)["mutation ScenarioCheckAdaptationItem($input: SetAdaptationChecklistItemInput!) { setAdaptationChecklistItem(input: $input) { project { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }"): (typeof documents)["mutation ScenarioCreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }"): (typeof documents)["mutation ScenarioAddNodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id nodes { id name cardType cards { id } } } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }"): (typeof documents)["query ScenarioCentre { organisations(first: 1, kind: CENTRE) { edges { node { id } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;