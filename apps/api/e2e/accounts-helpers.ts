import type { GraphQLClient } from '../test/graphql-client.js';
import { AuditEvents } from '../test/operations/account.operations.js';

/** A password zxcvbn scores 4: four unrelated words with digits and symbols. */
export const STRONG_PASSWORD = 'Maple-Orbit-Quartz-47!';

export const CREATE_ORGANISATION = `mutation ($input: CreateOrganisationInput!) {
  createOrganisation(input: $input) { organisation { id name kind industry sensitivityTier } userErrors { code field } } }`;
export const INVITE_USER = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { invitation { id email role status expiresAt } mailDelivery inviteUrl userErrors { code field } } }`;
export const REVOKE_INVITATION = `mutation ($input: RevokeInvitationInput!) {
  revokeInvitation(input: $input) { invitation { id status } userErrors { code } } }`;
export const ACCEPT_INVITATION = `mutation ($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { user { id email role displayName } userErrors { code field } } }`;
export const PREVIEW_INVITATION = `query ($token: String!) { invitation(token: $token) { organisationName email expiresAt } }`;
export const INVITATIONS = `query ($org: ID!) { invitations(organisationId: $org, first: 100) { totalCount edges { node { id email status role } } } }`;
export const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } userErrors { code field } } }`;
/** Typed (test/operations): shared by the accounts and cluster specs. */
export const AUDIT_EVENTS = AuditEvents;

export async function createOrganisation(manager: GraphQLClient, name: string): Promise<string> {
  const result = await manager.request(CREATE_ORGANISATION, { input: { name, kind: 'STARTUP', industry: 'AI_SERVICES' } });
  const id = result.data?.createOrganisation.organisation?.id as string | undefined;
  if (!id) throw new Error(`createOrganisation failed: ${JSON.stringify(result)}`);
  return id;
}

/** Whether email + password signs in, without throwing. */
export async function canSignIn(anonymous: GraphQLClient, email: string, password: string): Promise<boolean> {
  const result = await anonymous.request(`mutation ($input: SignInInput!) { signIn(input: $input) { token } }`, { input: { email, password } });
  return Boolean(result.data?.signIn.token);
}

export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@invited.example`;
