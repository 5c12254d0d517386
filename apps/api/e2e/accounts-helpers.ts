import type { GraphQLClient } from '../test/graphql-client.js';
import { AuditEvents } from '../test/operations/account.operations.js';
import { inviteTokenIn, type SmtpInbox } from '../test/smtp-inbox.js';

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

/** A new organisation and its founder, invited through the SMTP inbox of a server that mails links. */
export async function founderInvitedByMail(
  manager: GraphQLClient,
  inbox: SmtpInbox,
): Promise<{ founder: GraphQLClient; founderEmail: string; organisationId: string }> {
  const organisationId = await createOrganisation(manager, `自有机构 ${Date.now()}-${Math.floor(Math.random() * 1e6)}`);
  const founderEmail = uniqueEmail('founder');
  const invited = await manager.request(INVITE_USER, { input: { email: founderEmail, organisationId } });
  if (invited.data?.inviteUser.mailDelivery !== 'SENT') throw new Error(`invitation not mailed: ${JSON.stringify(invited)}`);
  const token = inviteTokenIn((await inbox.waitFor(founderEmail)).text);
  const anonymous = manager.withToken(null);
  const accepted = await anonymous.request(ACCEPT_INVITATION, { input: { token, displayName: '新创始人', password: STRONG_PASSWORD } });
  if (accepted.data?.acceptInvitation.userErrors.length) throw new Error(`acceptInvitation failed: ${JSON.stringify(accepted)}`);
  return { founder: await anonymous.signIn(founderEmail, STRONG_PASSWORD), founderEmail, organisationId };
}
