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
    "query E2eVoucherProgrammes { voucherProgrammes { id status } }": typeof types.E2eVoucherProgrammesDocument,
    "\n  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }\n": typeof types.E2eTicketDocument,
    "\n  query E2eTicketThread($id: ID!) {\n    ticket(id: $id) { id messages { id body linkedArticles { articleId slug } } attachments { id messageId fileName sizeBytes } }\n  }\n": typeof types.E2eTicketThreadDocument,
    "\n  mutation E2eCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id slug } userErrors { code message } } }\n": typeof types.E2eCreateKbArticleDocument,
    "\n  mutation E2ePublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { article { id status } userErrors { code message } } }\n": typeof types.E2ePublishKbArticleDocument,
    "\n  query E2eKbArticleCounters($id: ID!) { kbArticle(id: $id) { id deflectionCount linkedInReplies } }\n": typeof types.E2eKbArticleCountersDocument,
    "\n  query E2eKbArticleBySlug($slug: String!) {\n    kbArticle(slug: $slug) { id status category deflectionCount published { version titleZh titleEn bodyEn } }\n  }\n": typeof types.E2eKbArticleBySlugDocument,
    "query E2eMyTicketCount { tickets(first: 1) { totalCount } }": typeof types.E2eMyTicketCountDocument,
    "\n  query E2eMyProjects {\n    projects(first: 50) { edges { node { id name organisation { id } } } }\n  }\n": typeof types.E2eMyProjectsDocument,
    "\n  query E2eCentreHolding($organisationId: ID!) {\n    capTable(organisationId: $organisationId) { stakeholders { kind shares } }\n  }\n": typeof types.E2eCentreHoldingDocument,
    "\n  query E2eProjectTermSheets($projectId: ID) {\n    termSheets(projectId: $projectId) {\n      id\n      status\n      signedVersionNo\n      currentVersion { versionNo terms { creditFen } derived { centreShares } }\n      acceptances { versionNo side }\n    }\n  }\n": typeof types.E2eProjectTermSheetsDocument,
    "\n  query E2eMatchNeeds { matchNeeds(first: 100) { edges { node { id state description kind } } } }\n": typeof types.E2eMatchNeedsDocument,
    "\n  query E2eIntroductions { introductions(first: 100) { edges { node { id status needId resourceId startupAnswer resourceAnswer metOn outcome outcomeNotes mySides } } } }\n": typeof types.E2eIntroductionsDocument,
    "\n  query E2eMatchResources { matchResources(first: 100, kind: [CUSTOMER]) { edges { node { id name capacityUse { taken left } } } } }\n": typeof types.E2eMatchResourcesDocument,
    "\n  mutation E2eAnswerIntroduction($input: AnswerIntroductionInput!) {\n    answerIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n": typeof types.E2eAnswerIntroductionDocument,
    "\n  mutation E2eCreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { id name } userErrors { code message field } }\n  }\n": typeof types.E2eCreateMatchResourceDocument,
    "query E2eMatchMe { me { id displayName } }": typeof types.E2eMatchMeDocument,
    "\n  mutation E2ePostMatchNeed($input: PostMatchNeedInput!) {\n    postMatchNeed(input: $input) { need { id } userErrors { code message field } }\n  }\n": typeof types.E2ePostMatchNeedDocument,
    "\n  mutation E2eProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n": typeof types.E2eProposeIntroductionDocument,
    "query E2eMatchmakingSettings { matchmakingSettings { reminderDays } }": typeof types.E2eMatchmakingSettingsDocument,
    "\n  query E2eOpenProgrammes { voucherProgrammes { id status } }\n": typeof types.E2eOpenProgrammesDocument,
    "\n  mutation E2eApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id } userErrors { code field message } } }\n": typeof types.E2eApplyForVoucherDocument,
    "\n  mutation E2eApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { voucher { code } userErrors { code field message } }\n  }\n": typeof types.E2eApproveVoucherApplicationDocument,
    "\n  mutation E2eProposeTerms($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) {\n      termSheet { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eProposeTermsDocument,
    "\n  mutation E2eAcceptTerms($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) {\n      termSheet { id status creditLine { id } }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eAcceptTermsDocument,
    "\n  mutation E2eSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eSignInDocument,
    "\n  mutation E2eCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation { id name }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eCreateOrganisationDocument,
    "\n  mutation E2eInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eInviteUserDocument,
    "\n  mutation E2eAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eAcceptInvitationDocument,
    "\n  mutation E2eApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) {\n      project { id name stage }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eApplyForProjectDocument,
    "\n  mutation E2eTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      project { id stage }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eTransitionProjectDocument,
    "\n  query E2eClusters {\n    clusters { id name }\n  }\n": typeof types.E2eClustersDocument,
    "\n  mutation E2eCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster { id name }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eCreateClusterDocument,
    "\n  mutation E2eAddNodes($input: AddNodesInput!) {\n    addNodes(input: $input) {\n      cluster { id }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eAddNodesDocument,
    "\n  mutation E2eCreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { id state cards }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eCreateAllocationRequestDocument,
    "\n  query E2eAllocationRequest($id: ID!) {\n    allocationRequest(id: $id) { id state priority urgency }\n  }\n": typeof types.E2eAllocationRequestDocument,
    "\n  query E2eAllocationRequestCount {\n    allocationRequests(first: 1) { totalCount }\n  }\n": typeof types.E2eAllocationRequestCountDocument,
    "\n  query E2eOpenAllocationRequests {\n    allocationRequests(first: 50, states: [QUEUED, RUNNING]) {\n      edges { node { id cards state } }\n    }\n  }\n": typeof types.E2eOpenAllocationRequestsDocument,
    "\n  mutation E2eCancelAllocationRequest($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) {\n      allocationRequest { id state }\n      userErrors { code message }\n    }\n  }\n": typeof types.E2eCancelAllocationRequestDocument,
    "\n  query E2eCentreCards {\n    organisationScheduling(first: 1) { centreCards }\n  }\n": typeof types.E2eCentreCardsDocument,
};
const documents: Documents = {
    "query E2eVoucherProgrammes { voucherProgrammes { id status } }": types.E2eVoucherProgrammesDocument,
    "\n  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }\n": types.E2eTicketDocument,
    "\n  query E2eTicketThread($id: ID!) {\n    ticket(id: $id) { id messages { id body linkedArticles { articleId slug } } attachments { id messageId fileName sizeBytes } }\n  }\n": types.E2eTicketThreadDocument,
    "\n  mutation E2eCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id slug } userErrors { code message } } }\n": types.E2eCreateKbArticleDocument,
    "\n  mutation E2ePublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { article { id status } userErrors { code message } } }\n": types.E2ePublishKbArticleDocument,
    "\n  query E2eKbArticleCounters($id: ID!) { kbArticle(id: $id) { id deflectionCount linkedInReplies } }\n": types.E2eKbArticleCountersDocument,
    "\n  query E2eKbArticleBySlug($slug: String!) {\n    kbArticle(slug: $slug) { id status category deflectionCount published { version titleZh titleEn bodyEn } }\n  }\n": types.E2eKbArticleBySlugDocument,
    "query E2eMyTicketCount { tickets(first: 1) { totalCount } }": types.E2eMyTicketCountDocument,
    "\n  query E2eMyProjects {\n    projects(first: 50) { edges { node { id name organisation { id } } } }\n  }\n": types.E2eMyProjectsDocument,
    "\n  query E2eCentreHolding($organisationId: ID!) {\n    capTable(organisationId: $organisationId) { stakeholders { kind shares } }\n  }\n": types.E2eCentreHoldingDocument,
    "\n  query E2eProjectTermSheets($projectId: ID) {\n    termSheets(projectId: $projectId) {\n      id\n      status\n      signedVersionNo\n      currentVersion { versionNo terms { creditFen } derived { centreShares } }\n      acceptances { versionNo side }\n    }\n  }\n": types.E2eProjectTermSheetsDocument,
    "\n  query E2eMatchNeeds { matchNeeds(first: 100) { edges { node { id state description kind } } } }\n": types.E2eMatchNeedsDocument,
    "\n  query E2eIntroductions { introductions(first: 100) { edges { node { id status needId resourceId startupAnswer resourceAnswer metOn outcome outcomeNotes mySides } } } }\n": types.E2eIntroductionsDocument,
    "\n  query E2eMatchResources { matchResources(first: 100, kind: [CUSTOMER]) { edges { node { id name capacityUse { taken left } } } } }\n": types.E2eMatchResourcesDocument,
    "\n  mutation E2eAnswerIntroduction($input: AnswerIntroductionInput!) {\n    answerIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n": types.E2eAnswerIntroductionDocument,
    "\n  mutation E2eCreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { id name } userErrors { code message field } }\n  }\n": types.E2eCreateMatchResourceDocument,
    "query E2eMatchMe { me { id displayName } }": types.E2eMatchMeDocument,
    "\n  mutation E2ePostMatchNeed($input: PostMatchNeedInput!) {\n    postMatchNeed(input: $input) { need { id } userErrors { code message field } }\n  }\n": types.E2ePostMatchNeedDocument,
    "\n  mutation E2eProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n": types.E2eProposeIntroductionDocument,
    "query E2eMatchmakingSettings { matchmakingSettings { reminderDays } }": types.E2eMatchmakingSettingsDocument,
    "\n  query E2eOpenProgrammes { voucherProgrammes { id status } }\n": types.E2eOpenProgrammesDocument,
    "\n  mutation E2eApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id } userErrors { code field message } } }\n": types.E2eApplyForVoucherDocument,
    "\n  mutation E2eApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { voucher { code } userErrors { code field message } }\n  }\n": types.E2eApproveVoucherApplicationDocument,
    "\n  mutation E2eProposeTerms($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) {\n      termSheet { id }\n      userErrors { code message }\n    }\n  }\n": types.E2eProposeTermsDocument,
    "\n  mutation E2eAcceptTerms($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) {\n      termSheet { id status creditLine { id } }\n      userErrors { code message }\n    }\n  }\n": types.E2eAcceptTermsDocument,
    "\n  mutation E2eSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      userErrors { code message }\n    }\n  }\n": types.E2eSignInDocument,
    "\n  mutation E2eCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation { id name }\n      userErrors { code message }\n    }\n  }\n": types.E2eCreateOrganisationDocument,
    "\n  mutation E2eInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      userErrors { code message }\n    }\n  }\n": types.E2eInviteUserDocument,
    "\n  mutation E2eAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email }\n      userErrors { code message }\n    }\n  }\n": types.E2eAcceptInvitationDocument,
    "\n  mutation E2eApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) {\n      project { id name stage }\n      userErrors { code message }\n    }\n  }\n": types.E2eApplyForProjectDocument,
    "\n  mutation E2eTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      project { id stage }\n      userErrors { code message }\n    }\n  }\n": types.E2eTransitionProjectDocument,
    "\n  query E2eClusters {\n    clusters { id name }\n  }\n": types.E2eClustersDocument,
    "\n  mutation E2eCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster { id name }\n      userErrors { code message }\n    }\n  }\n": types.E2eCreateClusterDocument,
    "\n  mutation E2eAddNodes($input: AddNodesInput!) {\n    addNodes(input: $input) {\n      cluster { id }\n      userErrors { code message }\n    }\n  }\n": types.E2eAddNodesDocument,
    "\n  mutation E2eCreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { id state cards }\n      userErrors { code message }\n    }\n  }\n": types.E2eCreateAllocationRequestDocument,
    "\n  query E2eAllocationRequest($id: ID!) {\n    allocationRequest(id: $id) { id state priority urgency }\n  }\n": types.E2eAllocationRequestDocument,
    "\n  query E2eAllocationRequestCount {\n    allocationRequests(first: 1) { totalCount }\n  }\n": types.E2eAllocationRequestCountDocument,
    "\n  query E2eOpenAllocationRequests {\n    allocationRequests(first: 50, states: [QUEUED, RUNNING]) {\n      edges { node { id cards state } }\n    }\n  }\n": types.E2eOpenAllocationRequestsDocument,
    "\n  mutation E2eCancelAllocationRequest($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) {\n      allocationRequest { id state }\n      userErrors { code message }\n    }\n  }\n": types.E2eCancelAllocationRequestDocument,
    "\n  query E2eCentreCards {\n    organisationScheduling(first: 1) { centreCards }\n  }\n": types.E2eCentreCardsDocument,
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
export function graphql(source: "query E2eVoucherProgrammes { voucherProgrammes { id status } }"): (typeof documents)["query E2eVoucherProgrammes { voucherProgrammes { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }\n"): (typeof documents)["\n  query E2eTicket($id: ID!) { ticket(id: $id) { id status linkedKind linkedId satisfaction messages { visibility body } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eTicketThread($id: ID!) {\n    ticket(id: $id) { id messages { id body linkedArticles { articleId slug } } attachments { id messageId fileName sizeBytes } }\n  }\n"): (typeof documents)["\n  query E2eTicketThread($id: ID!) {\n    ticket(id: $id) { id messages { id body linkedArticles { articleId slug } } attachments { id messageId fileName sizeBytes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id slug } userErrors { code message } } }\n"): (typeof documents)["\n  mutation E2eCreateKbArticle($input: CreateKbArticleInput!) { createKbArticle(input: $input) { article { id slug } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ePublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { article { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation E2ePublishKbArticle($articleId: ID!) { publishKbArticle(articleId: $articleId) { article { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eKbArticleCounters($id: ID!) { kbArticle(id: $id) { id deflectionCount linkedInReplies } }\n"): (typeof documents)["\n  query E2eKbArticleCounters($id: ID!) { kbArticle(id: $id) { id deflectionCount linkedInReplies } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eKbArticleBySlug($slug: String!) {\n    kbArticle(slug: $slug) { id status category deflectionCount published { version titleZh titleEn bodyEn } }\n  }\n"): (typeof documents)["\n  query E2eKbArticleBySlug($slug: String!) {\n    kbArticle(slug: $slug) { id status category deflectionCount published { version titleZh titleEn bodyEn } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eMyTicketCount { tickets(first: 1) { totalCount } }"): (typeof documents)["query E2eMyTicketCount { tickets(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMyProjects {\n    projects(first: 50) { edges { node { id name organisation { id } } } }\n  }\n"): (typeof documents)["\n  query E2eMyProjects {\n    projects(first: 50) { edges { node { id name organisation { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCentreHolding($organisationId: ID!) {\n    capTable(organisationId: $organisationId) { stakeholders { kind shares } }\n  }\n"): (typeof documents)["\n  query E2eCentreHolding($organisationId: ID!) {\n    capTable(organisationId: $organisationId) { stakeholders { kind shares } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eProjectTermSheets($projectId: ID) {\n    termSheets(projectId: $projectId) {\n      id\n      status\n      signedVersionNo\n      currentVersion { versionNo terms { creditFen } derived { centreShares } }\n      acceptances { versionNo side }\n    }\n  }\n"): (typeof documents)["\n  query E2eProjectTermSheets($projectId: ID) {\n    termSheets(projectId: $projectId) {\n      id\n      status\n      signedVersionNo\n      currentVersion { versionNo terms { creditFen } derived { centreShares } }\n      acceptances { versionNo side }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMatchNeeds { matchNeeds(first: 100) { edges { node { id state description kind } } } }\n"): (typeof documents)["\n  query E2eMatchNeeds { matchNeeds(first: 100) { edges { node { id state description kind } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eIntroductions { introductions(first: 100) { edges { node { id status needId resourceId startupAnswer resourceAnswer metOn outcome outcomeNotes mySides } } } }\n"): (typeof documents)["\n  query E2eIntroductions { introductions(first: 100) { edges { node { id status needId resourceId startupAnswer resourceAnswer metOn outcome outcomeNotes mySides } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eMatchResources { matchResources(first: 100, kind: [CUSTOMER]) { edges { node { id name capacityUse { taken left } } } } }\n"): (typeof documents)["\n  query E2eMatchResources { matchResources(first: 100, kind: [CUSTOMER]) { edges { node { id name capacityUse { taken left } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAnswerIntroduction($input: AnswerIntroductionInput!) {\n    answerIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation E2eAnswerIntroduction($input: AnswerIntroductionInput!) {\n    answerIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { id name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation E2eCreateMatchResource($input: CreateMatchResourceInput!) {\n    createMatchResource(input: $input) { resource { id name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eMatchMe { me { id displayName } }"): (typeof documents)["query E2eMatchMe { me { id displayName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2ePostMatchNeed($input: PostMatchNeedInput!) {\n    postMatchNeed(input: $input) { need { id } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation E2ePostMatchNeed($input: PostMatchNeedInput!) {\n    postMatchNeed(input: $input) { need { id } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation E2eProposeIntroduction($input: ProposeIntroductionInput!) {\n    proposeIntroduction(input: $input) { introduction { id status } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query E2eMatchmakingSettings { matchmakingSettings { reminderDays } }"): (typeof documents)["query E2eMatchmakingSettings { matchmakingSettings { reminderDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eOpenProgrammes { voucherProgrammes { id status } }\n"): (typeof documents)["\n  query E2eOpenProgrammes { voucherProgrammes { id status } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation E2eApplyForVoucher($input: ApplyForVoucherInput!) { applyForVoucher(input: $input) { application { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { voucher { code } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation E2eApproveVoucherApplication($input: ApproveVoucherApplicationInput!) {\n    approveVoucherApplication(input: $input) { voucher { code } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eProposeTerms($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) {\n      termSheet { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eProposeTerms($input: ProposeTermSheetInput!) {\n    proposeTermSheet(input: $input) {\n      termSheet { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAcceptTerms($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) {\n      termSheet { id status creditLine { id } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAcceptTerms($input: AcceptTermSheetVersionInput!) {\n    acceptTermSheetVersion(input: $input) {\n      termSheet { id status creditLine { id } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eSignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      token\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation { id name }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eCreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      organisation { id name }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eInviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      inviteUrl\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user { id email }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) {\n      project { id name stage }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eApplyForProject($input: ApplyForProjectInput!) {\n    applyForProject(input: $input) {\n      project { id name stage }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      project { id stage }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eTransitionProject($input: TransitionProjectInput!) {\n    transitionProject(input: $input) {\n      project { id stage }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eClusters {\n    clusters { id name }\n  }\n"): (typeof documents)["\n  query E2eClusters {\n    clusters { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster { id name }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eCreateCluster($input: CreateClusterInput!) {\n    createCluster(input: $input) {\n      cluster { id name }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eAddNodes($input: AddNodesInput!) {\n    addNodes(input: $input) {\n      cluster { id }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eAddNodes($input: AddNodesInput!) {\n    addNodes(input: $input) {\n      cluster { id }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { id state cards }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eCreateAllocationRequest($input: CreateAllocationRequestInput!) {\n    createAllocationRequest(input: $input) {\n      allocationRequest { id state cards }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eAllocationRequest($id: ID!) {\n    allocationRequest(id: $id) { id state priority urgency }\n  }\n"): (typeof documents)["\n  query E2eAllocationRequest($id: ID!) {\n    allocationRequest(id: $id) { id state priority urgency }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eAllocationRequestCount {\n    allocationRequests(first: 1) { totalCount }\n  }\n"): (typeof documents)["\n  query E2eAllocationRequestCount {\n    allocationRequests(first: 1) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eOpenAllocationRequests {\n    allocationRequests(first: 50, states: [QUEUED, RUNNING]) {\n      edges { node { id cards state } }\n    }\n  }\n"): (typeof documents)["\n  query E2eOpenAllocationRequests {\n    allocationRequests(first: 50, states: [QUEUED, RUNNING]) {\n      edges { node { id cards state } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation E2eCancelAllocationRequest($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) {\n      allocationRequest { id state }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation E2eCancelAllocationRequest($id: ID!) {\n    cancelAllocationRequest(input: { id: $id }) {\n      allocationRequest { id state }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query E2eCentreCards {\n    organisationScheduling(first: 1) { centreCards }\n  }\n"): (typeof documents)["\n  query E2eCentreCards {\n    organisationScheduling(first: 1) { centreCards }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;