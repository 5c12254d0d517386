import { startApi, type RunningApi } from '../test/api-server.js';
import { GraphQLClient } from '../test/graphql-client.js';
import { SmtpInbox } from '../test/smtp-inbox.js';
import { collect, eventually, subscriptionClient } from '../test/subscription-client.js';
import { ApplyForVoucher, ApproveVoucherApplication, VoucherProgrammes } from '../test/operations/billing.operations.js';
import { MarkNotificationsRead, MyNotifications, NotificationPreferences, RejectVoucherApplicationForTest, SetNotificationPreference } from '../test/operations/notifications.operations.js';
import { STAFF } from '../test/scenario.js';
import { founderInvitedByMail } from './accounts-helpers.js';

type Tenant = Awaited<ReturnType<typeof founderInvitedByMail>>;

/**
 * The notification centre over HTTP and graphql-ws, on a server that mails through a real SMTP
 * server started here: a voucher decision reaches the founder in-app, live and by e-mail; the
 * founder's preference turns e-mail off; nobody sees another person's notifications.
 */
describe('notifications', () => {
  let inbox: SmtpInbox;
  let api: RunningApi;
  let manager: GraphQLClient;
  let programmeId: string;

  beforeAll(async () => {
    inbox = await SmtpInbox.start();
    api = await startApi({ env: { ...inbox.env, PUBLIC_URL: 'https://suanli.example.cn', SCHEDULER_INTERVAL_MS: '0' } });
    // Staff from STAFF, founders invited by mail: this server mails links (Scenario wants them returned).
    manager = await new GraphQLClient(api.url, null, api.demoPassword).signIn(STAFF.manager);
    programmeId = (await manager.request(VoucherProgrammes, {})).data!.voucherProgrammes.find((p) => p.status === 'OPEN')!.id;
  }, 180_000);

  afterAll(async () => {
    await api?.stop();
    await inbox?.stop();
  });

  const apply = async (tenant: Tenant) => {
    const applied = (await tenant.founder.request(ApplyForVoucher, { input: { programmeId, amountFen: '1500000', purpose: '模型训练用算力' } })).data!.applyForVoucher;
    expect(applied.userErrors).toEqual([]);
    return applied.application!.id;
  };
  /** The invitation went to the same address first, so wait for the decision's mail by its subject. */
  const decisionMail = async (email: string, text: string) => {
    const match = () => inbox.messages.find((m) => m.to.includes(email.toLowerCase()) && m.subject.includes('算力券') && m.text.includes(text));
    await eventually(() => match() !== undefined);
    return match()!;
  };
  const mine = async (client: GraphQLClient) => (await client.request(MyNotifications, { first: 20 })).data!;

  it('tells the founder of an approved application in-app, live and by e-mail, and no one else', async () => {
    const tenant = await founderInvitedByMail(manager, inbox);
    const other = await founderInvitedByMail(manager, inbox);
    const ws = subscriptionClient(api.url, tenant.founder.token!);
    const otherWs = subscriptionClient(api.url, other.founder.token!);
    type Added = { notificationAdded: { kind: string; link: string; params: { name: string; value: string }[] } };
    const live = collect<Added>(ws, 'subscription { notificationAdded { id kind link params { name value } } }');
    const otherLive = collect<Added>(otherWs, 'subscription { notificationAdded { id kind link params { name value } } }');
    await new Promise((done) => setTimeout(done, 500)); // let the subscriptions register
    const before = await mine(tenant.founder);
    expect(before.unreadNotificationCount).toBe(0);

    const applicationId = await apply(tenant);
    const approved = (await manager.request(ApproveVoucherApplication, { input: { applicationId, amountFen: '1200000' } })).data!.approveVoucherApplication;
    expect(approved.userErrors).toEqual([]);
    const code = approved.voucher!.code;

    const after = await mine(tenant.founder);
    expect(after.unreadNotificationCount).toBe(1);
    expect(after.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: 'VOUCHER_DECIDED',
        link: '/portal/vouchers',
        readAt: null,
        params: expect.arrayContaining([{ name: 'decision', value: 'APPROVED' }, { name: 'code', value: code }, { name: 'amountFen', value: '1200000' }]),
      }),
    ]);
    await eventually(() => live.events.length === 1);
    expect(live.events[0]!.notificationAdded).toMatchObject({ kind: 'VOUCHER_DECIDED', link: '/portal/vouchers' });

    const mail = await decisionMail(tenant.founderEmail, code);
    expect(mail.subject).toContain('算力券申请已批准');
    expect(mail.text).toContain(code);
    expect(mail.text).toContain('¥12,000.00');
    expect(mail.text).toContain('Voucher application approved');
    expect(mail.text).toContain('https://suanli.example.cn/portal/vouchers');

    // The other founder: nothing in the list, the count, the socket or the inbox.
    const theirs = await mine(other.founder);
    expect(theirs.unreadNotificationCount).toBe(0);
    expect(theirs.notifications.totalCount).toBe(0);
    expect(otherLive.events).toEqual([]);
    expect(inbox.messages.some((m) => m.to.includes(other.founderEmail.toLowerCase()) && m.subject.includes('算力券'))).toBe(false);
    live.stop();
    otherLive.stop();
    await ws.dispose();
    await otherWs.dispose();
  });

  it('sends no e-mail for a kind the founder turned e-mail off for, and still shows it in-app', async () => {
    const tenant = await founderInvitedByMail(manager, inbox);
    const answer = await tenant.founder.request(NotificationPreferences, {});
    expect(answer.errors).toBeUndefined();
    const defaults = answer.data!.notificationPreferences;
    expect(defaults.find((p) => p.kind === 'VOUCHER_DECIDED')).toEqual({ kind: 'VOUCHER_DECIDED', inApp: true, email: true, isDefault: true });
    const set = (await tenant.founder.request(SetNotificationPreference, { input: { kind: 'VOUCHER_DECIDED', inApp: true, email: false } })).data!.setNotificationPreference;
    expect(set).toEqual({ preference: { kind: 'VOUCHER_DECIDED', inApp: true, email: false, isDefault: false }, userErrors: [] });

    const first = await apply(tenant);
    expect((await manager.request(RejectVoucherApplicationForTest, { input: { applicationId: first, reason: '材料不全' } })).data!.rejectVoucherApplication.userErrors).toEqual([]);
    const listed = await mine(tenant.founder);
    expect(listed.notifications.edges[0]!.node).toMatchObject({ kind: 'VOUCHER_DECIDED', params: expect.arrayContaining([{ name: 'decision', value: 'REJECTED' }, { name: 'reason', value: '材料不全' }]) });

    // E-mail back on: the next decision is mailed, and it is the only mail this founder ever got.
    await tenant.founder.request(SetNotificationPreference, { input: { kind: 'VOUCHER_DECIDED', inApp: true, email: true } });
    const second = await apply(tenant);
    await manager.request(RejectVoucherApplicationForTest, { input: { applicationId: second, reason: '预算用途不符' } });
    const mail = await decisionMail(tenant.founderEmail, '预算用途不符');
    expect(mail.subject).toContain('未获批准');
    const decisionMails = inbox.messages.filter((m) => m.to.includes(tenant.founderEmail.toLowerCase()) && m.subject.includes('算力券'));
    expect(decisionMails.map((m) => m.text.includes('预算用途不符'))).toEqual([true]);
  });

  it('marks only the caller’s own notifications read, by id or all, newest first', async () => {
    const tenant = await founderInvitedByMail(manager, inbox);
    const other = await founderInvitedByMail(manager, inbox);
    for (const t of [tenant, tenant, other]) {
      const id = await apply(t);
      await manager.request(RejectVoucherApplicationForTest, { input: { applicationId: id, reason: `理由 ${Math.random()}` } });
    }
    const list = await mine(tenant.founder);
    expect(list.unreadNotificationCount).toBe(2);
    const [newest, older] = list.notifications.edges.map((e) => e.node);
    expect(new Date(newest!.createdAt).getTime()).toBeGreaterThanOrEqual(new Date(older!.createdAt).getTime());
    const page = (await tenant.founder.request(MyNotifications, { first: 1 })).data!.notifications;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = (await tenant.founder.request(MyNotifications, { first: 1, after: page.pageInfo.endCursor })).data!.notifications;
    expect(next.edges.map((e) => e.node.id)).toEqual([older!.id]);

    const theirId = (await mine(other.founder)).notifications.edges[0]!.node.id;
    const marked = (await tenant.founder.request(MarkNotificationsRead, { input: { ids: [older!.id, theirId] } })).data!.markNotificationsRead;
    expect(marked).toEqual({ markedCount: 1, userErrors: [] });
    expect((await mine(other.founder)).unreadNotificationCount).toBe(1);
    expect((await tenant.founder.request(MyNotifications, { first: 20, unreadOnly: true })).data!.notifications.edges.map((e) => e.node.id)).toEqual([newest!.id]);

    const nothingNamed = (await tenant.founder.request(MarkNotificationsRead, { input: {} })).data!.markNotificationsRead;
    expect(nothingNamed).toEqual({ markedCount: null, userErrors: [{ code: 'VALIDATION_FAILED', field: ['ids'] }] });
    expect((await tenant.founder.request(MarkNotificationsRead, { input: { all: true } })).data!.markNotificationsRead.markedCount).toBe(1);
    expect((await mine(tenant.founder)).unreadNotificationCount).toBe(0);
  });
});
