import { useApi } from '../test/use-api.js';
import { ACCEPT_INVITATION, INVITATIONS, INVITE_USER, PREVIEW_INVITATION, STRONG_PASSWORD, canSignIn, createOrganisation, uniqueEmail } from './accounts-helpers.js';
import { STAFF } from '../test/scenario.js';

/** Invitation links expire after INVITATION_TTL_HOURS; 0.002 h (7.2 s) here so the test can wait it out. */
const TTL_MS = 7_200;

/**
 * Without SMTP a production server still invites: the link is logged and returned to the inviter
 * alone (never readable again by anyone). And a link past its expiry creates nothing.
 */
describe('accounts without SMTP (production)', () => {
  const server = useApi({ production: true, env: { INVITATION_TTL_HOURS: String(TTL_MS / 3_600_000), SMTP_URL: '', SMTP_HOST: '' } });

  it('returns the link to the inviting manager and founder only, and logs it', async () => {
    const { anonymous, api } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const orgId = await createOrganisation(manager, `无邮件机构 ${Date.now()}`);
    const email = uniqueEmail('nosmtp');
    const invited = await manager.request(INVITE_USER, { input: { email, organisationId: orgId } });
    const payload = invited.data!.inviteUser;
    expect(payload).toMatchObject({ userErrors: [], mailDelivery: 'NOT_CONFIGURED', inviteUrl: expect.stringMatching(/\/invite\/[A-Za-z0-9_-]{43}$/) });
    const token = (payload.inviteUrl as string).split('/').at(-1)!;
    expect(api.output()).toContain(payload.inviteUrl);

    // Nobody reads the link again: not the list, not the schema.
    const list = await manager.request(INVITATIONS, { org: orgId });
    expect(JSON.stringify(list)).not.toContain(token);
    const type = await anonymous.request(`{ __type(name: "Invitation") { fields { name } } }`);
    const fields = (type.data?.__type?.fields ?? []).map((f: { name: string }) => f.name);
    expect(fields.filter((name: string) => /token|url|link|hash/i.test(name))).toEqual([]);

    const accepted = await anonymous.request(ACCEPT_INVITATION, { input: { token, displayName: 'Lin', password: STRONG_PASSWORD } });
    expect(accepted.data?.acceptInvitation.userErrors).toEqual([]);
    const founder = await anonymous.signIn(email, STRONG_PASSWORD);
    const colleague = await founder.request(INVITE_USER, { input: { email: uniqueEmail('colleague'), organisationId: orgId } });
    expect(colleague.data?.inviteUser).toMatchObject({ userErrors: [], mailDelivery: 'NOT_CONFIGURED', inviteUrl: expect.stringContaining('/invite/') });
  });

  it('refuses an expired link and creates nothing; a new invitation to the address can then be sent', async () => {
    const { anonymous } = server();
    const manager = await anonymous.signIn(STAFF.manager);
    const orgId = await createOrganisation(manager, `过期机构 ${Date.now()}`);
    const email = uniqueEmail('expired');
    const invited = await manager.request(INVITE_USER, { input: { email, organisationId: orgId } });
    const token = (invited.data!.inviteUser.inviteUrl as string).split('/').at(-1)!;
    expect((await anonymous.request(PREVIEW_INVITATION, { token })).data?.invitation).toMatchObject({ email });
    await new Promise((done) => setTimeout(done, TTL_MS + 500));

    expect((await anonymous.request(PREVIEW_INVITATION, { token })).data?.invitation).toBeNull();
    const late = await anonymous.request(ACCEPT_INVITATION, { input: { token, displayName: 'Late', password: STRONG_PASSWORD } });
    expect(late.data?.acceptInvitation).toEqual({ user: null, userErrors: [{ code: 'INVITATION_EXPIRED', field: ['input', 'token'] }] });
    expect(await canSignIn(anonymous, email, STRONG_PASSWORD)).toBe(false);
    const list = await manager.request(INVITATIONS, { org: orgId });
    expect(list.data?.invitations.edges.map((e: any) => e.node.status)).toEqual(['EXPIRED']);

    const again = await manager.request(INVITE_USER, { input: { email, organisationId: orgId } });
    expect(again.data?.inviteUser.userErrors).toEqual([]);
    const statuses = (await manager.request(INVITATIONS, { org: orgId })).data?.invitations.edges.map((e: any) => e.node.status);
    expect(statuses).toEqual(['REVOKED', 'PENDING']);
  });
});
