import { startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { inviteTokenIn, SmtpInbox } from '../test/smtp-inbox.js';
import {
  ACCEPT_INVITATION,
  AUDIT_EVENTS,
  CHANGE_PASSWORD,
  CREATE_ORGANISATION,
  INVITATIONS,
  INVITE_USER,
  PREVIEW_INVITATION,
  REVOKE_INVITATION,
  STRONG_PASSWORD,
  canSignIn,
  createOrganisation,
  uniqueEmail,
} from './accounts-helpers.js';
import { STAFF } from '../test/scenario.js';

/**
 * Accounts a real centre needs, on a production-mode server that mails through a real SMTP server
 * started here: organisations, one-time invitation links read from the received mail, the password
 * policy, who may invite whom, password changes and the audit log of all of it.
 */
describe('accounts: invitations by mail, passwords, audit log (production, SMTP)', () => {
  let inbox: SmtpInbox;
  let api: RunningApi;
  let anonymous: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    api = await startApi({ production: true, env: { ...inbox.env, PUBLIC_URL: 'https://suanli.example.cn' } });
    anonymous = new GraphQLClient(api.url, null, api.demoPassword);
    manager = await anonymous.signIn(STAFF.manager);
    admin = await anonymous.signIn(STAFF.admin);
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await inbox?.stop();
  });

  const invite = async (by: GraphQLClient, organisationId: string, email: string, role?: string) =>
    by.request(INVITE_USER, { input: { email, organisationId, ...(role ? { role } : {}) } });

  /** Invites by mail and returns the token read from the message that arrived. */
  const inviteByMail = async (by: GraphQLClient, organisationId: string, email: string) => {
    const result = await invite(by, organisationId, email);
    expect(result.data?.inviteUser).toMatchObject({ userErrors: [], mailDelivery: 'SENT', inviteUrl: null });
    const mail = await inbox.waitFor(email);
    return { token: inviteTokenIn(mail.text), mail, invitationId: result.data!.inviteUser.invitation.id as string };
  };

  const accept = (token: string, password = STRONG_PASSWORD, displayName = '新同事') =>
    anonymous.request(ACCEPT_INVITATION, { input: { token, displayName, password } });

  /** The founder of an organisation of the spec's own, invited by mail (this server mails every link). */
  const ownFounder = async () => {
    const organisationId = await createOrganisation(manager, `自有机构 ${Date.now()}-${Math.floor(Math.random() * 1e6)}`);
    const email = uniqueEmail('own-founder');
    const { token } = await inviteByMail(manager, organisationId, email);
    expect((await accept(token)).data?.acceptInvitation.userErrors).toEqual([]);
    return { client: await anonymous.signIn(email, STRONG_PASSWORD), email, organisationId };
  };

  it('creates an organisation with a trimmed name, unique ignoring case', async () => {
    const name = `  蓉城新星 Robotics ${Date.now()}  `;
    const created = await manager.request(CREATE_ORGANISATION, { input: { name, kind: 'STARTUP', industry: 'MANUFACTURING', sensitivityTier: 'ELEVATED' } });
    expect(created.data?.createOrganisation).toMatchObject({
      userErrors: [],
      organisation: { name: name.trim(), kind: 'STARTUP', industry: 'MANUFACTURING', sensitivityTier: 'ELEVATED' },
    });
    const again = await manager.request(CREATE_ORGANISATION, { input: { name: name.trim().toUpperCase(), kind: 'SME', industry: 'EDUCATION' } });
    expect(again.data?.createOrganisation).toEqual({ organisation: null, userErrors: [{ code: 'DUPLICATE_NAME', field: ['input', 'name'] }] });
    const blank = await manager.request(CREATE_ORGANISATION, { input: { name: '   ', kind: 'SME', industry: 'EDUCATION' } });
    expect(blank.data?.createOrganisation.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'name'] }]);
    const founder = (await ownFounder()).client;
    const refused = await founder.request(CREATE_ORGANISATION, { input: { name: `Founder Co ${Date.now()}`, kind: 'SME', industry: 'EDUCATION' } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const count = await manager.request(`{ organisations(first: 100) { edges { node { name } } } }`);
    expect(count.data!.organisations.edges.filter((e: any) => e.node.name.startsWith('Founder Co'))).toEqual([]);
  });

  it('invites a founder by mail; the link in the received mail creates the account once, and it signs in', async () => {
    const orgName = `星河智造 ${Date.now()}`;
    const orgId = await createOrganisation(manager, orgName);
    const email = uniqueEmail('founder');
    const { token, mail } = await inviteByMail(manager, orgId, email.toUpperCase());
    expect(mail.text).toContain(`https://suanli.example.cn/invite/${token}`);
    expect(mail.text).toContain(orgName);
    expect(mail.subject).toContain('邀请');
    expect(mail.subject).toContain('Invitation');

    const preview = await anonymous.request(PREVIEW_INVITATION, { token });
    expect(preview.data?.invitation).toEqual({ organisationName: orgName, email, expiresAt: expect.any(String) });
    const hours = (new Date(preview.data!.invitation.expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const accepted = await accept(token, STRONG_PASSWORD, '  王 小明  ');
    expect(accepted.data?.acceptInvitation).toEqual({ userErrors: [], user: { id: expect.any(String), email, role: 'FOUNDER', displayName: '王 小明' } });
    const signedIn = await anonymous.signIn(email, STRONG_PASSWORD);
    const me = await signedIn.request(`{ me { email role organisation { id } } }`);
    expect(me.data?.me).toEqual({ email, role: 'FOUNDER', organisation: { id: orgId } });

    // The link is spent: a second use is refused and creates nothing; the page shows nothing.
    const reuse = await accept(token, 'Another-Strong-Pass-93?', 'Mallory');
    expect(reuse.data?.acceptInvitation).toEqual({ user: null, userErrors: [{ code: 'INVITATION_USED', field: ['input', 'token'] }] });
    expect((await anonymous.request(PREVIEW_INVITATION, { token })).data?.invitation).toBeNull();
    expect(await canSignIn(anonymous, email, 'Another-Strong-Pass-93?')).toBe(false);
    const members = await manager.request(`query ($id: ID!) { organisation(id: $id) { members { totalCount } } }`, { id: orgId });
    expect(members.data?.organisation.members.totalCount).toBe(1);
  });

  it('when the SMTP server refuses the mail, the inviter alone gets the link to pass on', async () => {
    const orgId = await createOrganisation(manager, `退信测试 ${Date.now()}`);
    const email = `bounce-${Date.now()}@invited.example`;
    const result = await invite(manager, orgId, email);
    expect(result.data?.inviteUser).toMatchObject({ userErrors: [], mailDelivery: 'FAILED', inviteUrl: expect.stringMatching(/^https:\/\/suanli\.example\.cn\/invite\//) });
    expect(inbox.messages.filter((m) => m.to.includes(email))).toEqual([]);
    const token = (result.data!.inviteUser.inviteUrl as string).split('/').at(-1)!;
    expect((await accept(token)).data?.acceptInvitation.user).toMatchObject({ email });
  });

  it('lets two simultaneous accepts of one link create exactly one account', async () => {
    const orgId = await createOrganisation(manager, `并发测试 ${Date.now()}`);
    const email = uniqueEmail('race');
    const { token } = await inviteByMail(manager, orgId, email);
    const results = await Promise.all([accept(token, STRONG_PASSWORD, 'First'), accept(token, 'Second-Strong-Pass-71!', 'Second')]);
    // Likewise two simultaneous invitations to one address: one is sent, the other is refused.
    const twin = uniqueEmail('twin');
    const invites = await Promise.all([invite(manager, orgId, twin), invite(manager, orgId, twin)]);
    expect(invites.map((r) => r.data?.inviteUser.userErrors.map((e: any) => e.code).join() || 'SENT').sort()).toEqual(['INVITATION_PENDING', 'SENT']);
    const winners = results.filter((r) => r.data?.acceptInvitation.user);
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => !r.data?.acceptInvitation.user)!;
    expect(loser.data?.acceptInvitation.userErrors.map((e: any) => e.code)).toEqual([expect.stringMatching(/^(INVITATION_USED|EMAIL_TAKEN)$/)]);
    const members = await manager.request(`query ($id: ID!) { organisation(id: $id) { members { totalCount } } }`, { id: orgId });
    expect(members.data?.organisation.members.totalCount).toBe(1);
    const list = await manager.request(INVITATIONS, { org: orgId });
    expect(list.data?.invitations.edges.filter((e: any) => e.node.email === twin)).toHaveLength(1);
  });

  it('refuses weak passwords (under 10 characters, or guessable) and creates nothing', async () => {
    const orgId = await createOrganisation(manager, `弱口令测试 ${Date.now()}`);
    const email = uniqueEmail('weak');
    const { token } = await inviteByMail(manager, orgId, email);
    // Too short; a common password; a keyboard walk; the product's name and a year.
    for (const password of ['Xq7#vL2m9', 'password123456', 'qwertyuiop12', 'Suanli2026!']) {
      const result = await accept(token, password);
      expect({ password, result: result.data?.acceptInvitation }).toEqual({
        password,
        result: { user: null, userErrors: [{ code: 'WEAK_PASSWORD', field: ['input', 'password'] }] },
      });
      expect(await canSignIn(anonymous, email, password)).toBe(false);
    }
    const list = await manager.request(INVITATIONS, { org: orgId });
    expect(list.data?.invitations.edges.map((e: any) => e.node.status)).toEqual(['PENDING']);
    // The same link still works with a good password.
    expect((await accept(token)).data?.acceptInvitation.userErrors).toEqual([]);
  });

  it('a revoked invitation cannot be used; a pending one blocks a second invite to the same address', async () => {
    const orgId = await createOrganisation(manager, `撤销测试 ${Date.now()}`);
    const email = uniqueEmail('revoked');
    const { token, invitationId } = await inviteByMail(manager, orgId, email);
    const twice = await invite(manager, orgId, email);
    expect(twice.data?.inviteUser.userErrors).toEqual([{ code: 'INVITATION_PENDING', field: ['input', 'email'] }]);
    const revoked = await manager.request(REVOKE_INVITATION, { input: { invitationId } });
    expect(revoked.data?.revokeInvitation).toEqual({ userErrors: [], invitation: { id: invitationId, status: 'REVOKED' } });
    const result = await accept(token);
    expect(result.data?.acceptInvitation).toEqual({ user: null, userErrors: [{ code: 'INVITATION_REVOKED', field: ['input', 'token'] }] });
    expect((await anonymous.request(PREVIEW_INVITATION, { token })).data?.invitation).toBeNull();
    expect(await canSignIn(anonymous, email, STRONG_PASSWORD)).toBe(false);
    const again = await manager.request(REVOKE_INVITATION, { input: { invitationId } });
    expect(again.data?.revokeInvitation.userErrors).toEqual([{ code: 'INVITATION_REVOKED' }]);
    // An unknown or malformed token is refused the same way, without a lookup worth timing.
    for (const bad of ['x'.repeat(43), 'short', token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A')]) {
      const unknown = await accept(bad);
      expect(unknown.data?.acceptInvitation.userErrors).toEqual([{ code: 'INVITATION_NOT_FOUND', field: ['input', 'token'] }]);
    }
  });

  it('founders invite colleagues into their own organisation only, and never staff', async () => {
    const { client: founder, email: founderEmail } = await ownFounder();
    const me = await founder.request(`{ me { organisation { id } } }`);
    const ownOrg = me.data!.me.organisation.id as string;
    const otherOrg = await createOrganisation(manager, `别家公司 ${Date.now()}`);
    const before = await manager.request(INVITATIONS, { org: otherOrg });

    const intoOther = await invite(founder, otherOrg, uniqueEmail('intruder'));
    expect(intoOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(intoOther.data?.inviteUser ?? null).toBeNull();
    for (const role of ['ADMIN', 'MANAGER', 'CONSULTANT']) {
      const staff = await invite(founder, ownOrg, uniqueEmail(`staff-${role}`), role);
      expect({ role, code: staff.errors?.[0].extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
    }
    const listOther = await founder.request(INVITATIONS, { org: otherOrg });
    expect(listOther.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await manager.request(INVITATIONS, { org: otherOrg })).data).toEqual(before.data);
    // Only the founder's own, accepted invitation so far.
    const ownBefore = (await founder.request(INVITATIONS, { org: ownOrg })).data!.invitations.edges.map((e: any) => e.node);
    expect(ownBefore).toEqual([{ id: expect.any(String), email: founderEmail, status: 'ACCEPTED', role: 'FOUNDER' }]);

    // Managers invite founders only; staff come from admins.
    const byManager = await invite(manager, ownOrg, uniqueEmail('manager-admin'), 'ADMIN');
    expect(byManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const colleague = uniqueEmail('colleague');
    const { token } = await inviteByMail(founder, ownOrg, colleague);
    const own = await founder.request(INVITATIONS, { org: ownOrg });
    const added = own.data?.invitations.edges.map((e: any) => e.node).filter((n: any) => n.email !== founderEmail);
    expect(added).toEqual([{ id: expect.any(String), email: colleague, status: 'PENDING', role: 'FOUNDER' }]);
    expect(own.data?.invitations.totalCount).toBe(2);
    expect((await accept(token)).data?.acceptInvitation.user).toMatchObject({ email: colleague, role: 'FOUNDER' });
  });

  it('admins invite staff into the centre only; founders never into the centre', async () => {
    const orgs = await admin.request(`{ organisations(first: 100, kind: CENTRE) { edges { node { id } } } }`);
    const centre = orgs.data!.organisations.edges[0].node.id as string;
    const startup = await createOrganisation(manager, `员工测试 ${Date.now()}`);
    const staffIntoStartup = await invite(admin, startup, uniqueEmail('misplaced'), 'CONSULTANT');
    expect(staffIntoStartup.data?.inviteUser.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'role'] }]);
    const founderIntoCentre = await invite(manager, centre, uniqueEmail('centre-founder'));
    expect(founderIntoCentre.data?.inviteUser.userErrors).toEqual([{ code: 'VALIDATION_FAILED', field: ['input', 'role'] }]);
    const email = uniqueEmail('consultant');
    const invited = await invite(admin, centre, email, 'CONSULTANT');
    expect(invited.data?.inviteUser.userErrors).toEqual([]);
    const { text } = await inbox.waitFor(email);
    expect((await accept(inviteTokenIn(text))).data?.acceptInvitation.user).toMatchObject({ email, role: 'CONSULTANT' });
    expect((await manager.request(INVITATIONS, { org: startup })).data?.invitations.totalCount).toBe(0);
  });

  it('changing a password needs the current one; afterwards only the new one works', async () => {
    const orgId = await createOrganisation(manager, `改密测试 ${Date.now()}`);
    const email = uniqueEmail('changer');
    const { token } = await inviteByMail(manager, orgId, email);
    await accept(token);
    const person = await anonymous.signIn(email, STRONG_PASSWORD);
    const next = 'Lantern-Harbor-Violet-58#';

    const wrong = await person.request(CHANGE_PASSWORD, { input: { currentPassword: 'not-my-password', newPassword: next } });
    expect(wrong.data?.changePassword).toEqual({ user: null, userErrors: [{ code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] }] });
    const weak = await person.request(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: 'abc123abc1' } });
    expect(weak.data?.changePassword.userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] }]);
    const same = await person.request(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: STRONG_PASSWORD } });
    expect(same.data?.changePassword.userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] }]);
    expect(await canSignIn(anonymous, email, STRONG_PASSWORD)).toBe(true);
    expect(await canSignIn(anonymous, email, next)).toBe(false);

    const changed = await person.request(CHANGE_PASSWORD, { input: { currentPassword: STRONG_PASSWORD, newPassword: next } });
    expect(changed.data?.changePassword.userErrors).toEqual([]);
    expect(await canSignIn(anonymous, email, STRONG_PASSWORD)).toBe(false);
    expect(await canSignIn(anonymous, email, next)).toBe(true);
    const anonymousChange = await anonymous.request(CHANGE_PASSWORD, { input: { currentPassword: next, newPassword: STRONG_PASSWORD } });
    expect(anonymousChange.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await canSignIn(anonymous, email, next)).toBe(true);
  });

  it('records every action in the audit log, readable by admins only and carrying no secret', async () => {
    const founder = await ownFounder();
    const readers: [string, GraphQLClient][] = [
      [STAFF.consultant, await anonymous.signIn(STAFF.consultant)],
      [founder.email, founder.client],
      [STAFF.manager, manager],
    ];
    for (const [who, reader] of readers) {
      const refused = await reader.request(AUDIT_EVENTS, { first: 5 });
      expect({ who, code: refused.errors?.[0].extensions?.code, data: refused.data?.auditEvents ?? null }).toEqual({ who, code: 'FORBIDDEN', data: null });
    }
    const log = await admin.request(AUDIT_EVENTS, { first: 100 });
    const events = log.data!.auditEvents.edges.map((e: any) => e.node);
    const actions = new Set(events.map((e: any) => e.action));
    for (const action of ['ORGANISATION_CREATED', 'INVITATION_SENT', 'INVITATION_ACCEPTED', 'INVITATION_REVOKED', 'PASSWORD_CHANGED']) {
      expect({ action, logged: actions.has(action) }).toEqual({ action, logged: true });
    }
    // Newest first, with who and from where.
    const times = events.map((e: any) => new Date(e.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const sent = events.find((e: any) => e.action === 'INVITATION_SENT');
    expect(sent).toMatchObject({ actorKind: 'USER', actor: { email: expect.stringMatching(/@/) }, targetType: 'INVITATION', ip: expect.stringMatching(/127\.0\.0\.1/) });
    // No token, link or password in the log.
    const text = JSON.stringify(events);
    for (const mail of inbox.messages) expect(text).not.toContain(inviteTokenIn(mail.text));
    expect(text).not.toContain(STRONG_PASSWORD);

    const onlyRevoked = await admin.request(AUDIT_EVENTS, { first: 100, action: 'INVITATION_REVOKED' });
    expect(onlyRevoked.data!.auditEvents.edges.length).toBeGreaterThan(0);
    expect(new Set(onlyRevoked.data!.auditEvents.edges.map((e: any) => e.node.action))).toEqual(new Set(['INVITATION_REVOKED']));
    const paged = await admin.request(`{ auditEvents(first: 2) { edges { node { id } } pageInfo { endCursor hasNextPage } } }`);
    const rest = await admin.request(`query ($after: String) { auditEvents(first: 2, after: $after) { edges { node { id } } } }`, {
      after: paged.data!.auditEvents.pageInfo.endCursor,
    });
    expect(paged.data!.auditEvents.pageInfo.hasNextPage).toBe(true);
    expect(rest.data!.auditEvents.edges.map((e: any) => e.node.id)).toEqual(events.slice(2, 4).map((e: any) => e.id));
  });
});
