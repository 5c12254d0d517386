import type { DataSource } from 'typeorm';
import { actorFor, createUser, OrganisationFactory } from '../../../test/factories.js';
import { SmtpInbox } from '../../../test/smtp-inbox.js';
import { connectTestDataSource } from '../../../test/test-data-source.js';
import type { SuanliEvent } from '../../common/events/event-types.js';
import { Mailer } from '../../mail/index.js';
import { NotificationEntity } from '../entities/notification.entity.js';
import { notificationsServiceOn, type NotificationsService } from '../index.js';

const settle = () => new Promise((done) => setTimeout(done, 300));

/** notify() writes in the caller's transaction; mail and live events leave only after it commits. */
describe('notifications follow the caller’s transaction', () => {
  let dataSource: DataSource;
  let inbox: SmtpInbox;
  let service: NotificationsService;
  const published: SuanliEvent[] = [];
  let founder: { id: string; email: string };
  let organisationId: string;

  beforeAll(async () => {
    dataSource = await connectTestDataSource();
    inbox = await SmtpInbox.start();
    Object.assign(process.env, inbox.env);
    service = notificationsServiceOn(dataSource, { mailer: new Mailer(), events: { publish: async (events) => void published.push(...events) } });
    organisationId = (await OrganisationFactory.on(dataSource).kind('STARTUP').create()).id;
    const user = await createUser(dataSource, 'FOUNDER', organisationId);
    founder = { id: actorFor(user).id, email: user.email };
  });

  afterAll(async () => {
    await inbox.stop();
    await dataSource.destroy();
  });

  const rowsOf = (userId: string) => dataSource.getRepository(NotificationEntity).findBy({ userId });
  const mailsTo = (email: string) => inbox.messages.filter((m) => m.to.includes(email.toLowerCase()));
  const input = (invoice: string) => ({ kind: 'INVOICE_ISSUED' as const, params: { number: invoice, totalFen: '12345' }, link: `/portal/bills/${invoice}` });

  it('a rolled-back action leaves no notification, sends no mail and publishes nothing', async () => {
    await expect(
      dataSource.transaction(async (manager) => {
        await service.notifyFounders(manager, organisationId, input('RB-1'));
        expect(await manager.countBy(NotificationEntity, { userId: founder.id })).toBe(1);
        throw new Error('the action failed after notifying');
      }),
    ).rejects.toThrow('the action failed');
    await settle();
    expect(await rowsOf(founder.id)).toEqual([]);
    expect(mailsTo(founder.email)).toEqual([]);
    expect(published).toEqual([]);
  });

  it('a rolled-back savepoint drops what was queued inside it, even though the outer transaction commits', async () => {
    await dataSource.transaction(async (manager) => {
      await manager.transaction(async (inner) => {
        await service.notifyFounders(inner, organisationId, input('RB-2'));
        throw new Error('inner step failed');
      }).catch(() => undefined);
    });
    await settle();
    expect(await rowsOf(founder.id)).toEqual([]);
    expect(mailsTo(founder.email)).toEqual([]);
  });

  it('a rolled-back savepoint keeps what was queued before it', async () => {
    // Of another organisation, so the last test's founders stay one.
    const other = await createUser(dataSource, 'FOUNDER', (await OrganisationFactory.on(dataSource).kind('STARTUP').create()).id);
    await dataSource.transaction(async (manager) => {
      await service.notify(manager, { ...input('SP-1'), userIds: [other.id] });
      await manager.transaction(async (inner) => {
        await service.notify(inner, { ...input('SP-2'), userIds: [other.id] });
        throw new Error('inner step failed');
      }).catch(() => undefined);
    });
    const mail = await inbox.waitFor(other.email);
    expect(mail.subject).toContain('SP-1');
    await settle();
    expect(mailsTo(other.email).map((m) => m.subject)).toEqual([mail.subject]);
    expect((await rowsOf(other.id)).map((r) => r.params.number)).toEqual(['SP-1']);
    published.length = 0; // the next test counts its own events
  });

  it('a committed action notifies in-app, then mails and publishes only after the commit', async () => {
    await dataSource.transaction(async (manager) => {
      await service.notifyFounders(manager, organisationId, input('OK-1'));
      await settle();
      expect(published).toEqual([]);
      expect(mailsTo(founder.email)).toEqual([]);
    });
    const [row] = await rowsOf(founder.id);
    expect(row).toMatchObject({ kind: 'INVOICE_ISSUED', organisationId, params: { number: 'OK-1', totalFen: '12345' }, link: '/portal/bills/OK-1', readAt: null });
    const mail = await inbox.waitFor(founder.email);
    expect(mail.subject).toBe('【算力】账单 OK-1 已开具，金额 ¥123.45');
    expect(mail.text).toContain('Invoice OK-1 was issued for ¥123.45');
    expect(published).toEqual([{ topic: 'NOTIFICATION_ADDED', payload: expect.objectContaining({ id: row!.id, userId: founder.id, kind: 'INVOICE_ISSUED' }) }]);
  });
});
