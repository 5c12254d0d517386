import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { EventBus } from '../../common/events/event-bus.service.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { Connection } from '../../common/pagination/connection.js';
import { paginate } from '../../common/pagination/paginate.js';
import { Mailer } from '../../mail/index.js';
import { NotificationPreferenceEntity } from '../entities/notification-preference.entity.js';
import { NotificationEntity } from '../entities/notification.entity.js';
import { NOTIFICATION_ADDED } from '../events/notification-events.js';
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from '../notification-kinds.js';
import type { Notification, NotificationPreference } from '../models/notification.model.js';
import { AfterCommit } from './after-commit.js';
import { notificationMail } from './notification-mail.js';
import { NotificationRecipients } from './notification-recipients.js';

export interface NotifyInput {
  /** Who hears of it; duplicates and deactivated accounts are dropped. */
  userIds: readonly string[];
  kind: NotificationKind;
  /** The values the message needs (see notification-mail.ts and the web's notifications i18n). */
  params?: NotificationParams;
  /** An app path such as /portal/bills/ID. */
  link: string;
  organisationId?: string | null;
}

const MAX_PARAM_LENGTH = 500;

export function toModel(row: Pick<NotificationEntity, 'id' | 'kind' | 'params' | 'link' | 'createdAt' | 'readAt'>): Notification {
  return { id: row.id, kind: row.kind, params: Object.entries(row.params).map(([name, value]) => ({ name, value })), link: row.link, createdAt: row.createdAt, readAt: row.readAt };
}

/**
 * A NotificationsService wired by hand, for the seed and integration tests that run without the Nest
 * app. By default it sends no mail and publishes to nobody; the in-app rows are written as in the API.
 */
export function notificationsServiceOn(
  dataSource: DataSource,
  options: { mailer?: Pick<Mailer, 'send' | 'link'>; events?: Pick<EventBus, 'publish'> } = {},
): NotificationsService {
  return new NotificationsService(
    dataSource,
    options.mailer ?? { send: () => Promise.resolve('NOT_CONFIGURED'), link: (path) => path },
    options.events ?? { publish: () => Promise.resolve() },
    new NotificationRecipients(),
  );
}

/**
 * The product's notifications: in-app rows written in the caller's transaction, and e-mail and
 * live events sent once that transaction commits, so a rolled-back action notifies nobody.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');
  private readonly afterCommit: AfterCommit;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Mailer) private readonly mailer: Pick<Mailer, 'send' | 'link'>,
    @Inject(EventBus) private readonly events: Pick<EventBus, 'publish'>,
    @Inject(NotificationRecipients) private readonly recipients: NotificationRecipients,
  ) {
    this.afterCommit = AfterCommit.on(dataSource, (error) => this.logger.warn(`after-commit delivery failed: ${(error as Error).message}`));
  }

  async notify(manager: EntityManager, input: NotifyInput): Promise<void> {
    if (!input.link.startsWith('/')) throw new Error(`notification link must be an app path, got "${input.link}"`);
    const params = Object.fromEntries(Object.entries(input.params ?? {}).map(([k, v]) => [k, String(v).slice(0, MAX_PARAM_LENGTH)]));
    const ids = [...new Set(input.userIds)];
    if (ids.length === 0) return;
    const people: { id: string; email: string; in_app: boolean | null; by_email: boolean | null }[] = await manager.query(
      `SELECT u.id, u.email, p.in_app, p.email AS by_email FROM users u
         LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2
        WHERE u.id = ANY($1::uuid[]) AND u.deactivated_at IS NULL`,
      [ids, input.kind],
    );
    const fallback = DEFAULT_DELIVERY[input.kind];
    const inApp = people.filter((p) => p.in_app ?? fallback.inApp);
    const byEmail = people.filter((p) => p.by_email ?? fallback.email);
    const rows = inApp.length
      ? await manager.save(
          NotificationEntity,
          inApp.map((p) => manager.create(NotificationEntity, { userId: p.id, organisationId: input.organisationId ?? null, kind: input.kind, params, link: input.link })),
        )
      : [];
    if (rows.length === 0 && byEmail.length === 0) return;
    const url = this.mailer.link(input.link);
    this.afterCommit.run(manager, async () => {
      await this.events.publish(
        rows.map((r) => ({
          topic: NOTIFICATION_ADDED,
          payload: { id: r.id, userId: r.userId, kind: r.kind, params: r.params, link: r.link, createdAt: r.createdAt.toISOString() },
        })),
      );
      // Mail is best effort: Mailer.send never throws and logs what it could not send.
      await Promise.all(byEmail.map((p) => this.mailer.send(notificationMail(p.email, input.kind, params, url))));
    });
  }

  /** Notifies an organisation's founders (the organisation is recorded on the rows too). */
  async notifyFounders(manager: EntityManager, organisationId: string, input: Omit<NotifyInput, 'userIds' | 'organisationId'>): Promise<void> {
    await this.notify(manager, { ...input, organisationId, userIds: await this.recipients.foundersOf(manager, organisationId) });
  }

  /** Notifies the centre's managers and admins, e.g. about an organisation's move. */
  async notifyCentreManagers(manager: EntityManager, input: Omit<NotifyInput, 'userIds'>): Promise<void> {
    await this.notify(manager, { ...input, userIds: await this.recipients.centreManagers(manager) });
  }

  list(actor: Actor, args: { first: number; after?: string | null }, unreadOnly = false): Promise<Connection<NotificationEntity>> {
    const query = this.dataSource.getRepository(NotificationEntity).createQueryBuilder('n').where('n.user_id = :userId', { userId: actor.id });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    return paginate(query, args, { newestFirst: true });
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId: actor.id, readAt: IsNull() });
  }

  /** Marks the caller's own notifications read; ids of anyone else's are ignored. Returns how many changed. */
  async markRead(actor: Actor, input: { ids?: readonly string[] | null; all?: boolean | null }): Promise<{ markedCount: number }> {
    if (!input.all && !input.ids?.length) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Name the notifications to mark read, or pass all: true', ['ids']);
    const where = input.all ? { userId: actor.id, readAt: IsNull() } : { userId: actor.id, readAt: IsNull(), id: In([...input.ids!]) };
    const result = await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return { markedCount: result.affected ?? 0 };
  }

  async preferences(actor: Actor): Promise<NotificationPreference[]> {
    const chosen = new Map((await this.dataSource.getRepository(NotificationPreferenceEntity).findBy({ userId: actor.id })).map((p) => [p.kind, p]));
    return NOTIFICATION_KINDS.map((kind) => {
      const row = chosen.get(kind);
      return row ? { kind, inApp: row.inApp, email: row.email, isDefault: false } : { kind, ...DEFAULT_DELIVERY[kind], isDefault: true };
    });
  }

  async setPreference(actor: Actor, input: { kind: NotificationKind; inApp: boolean; email: boolean }): Promise<{ preference: NotificationPreference }> {
    await this.dataSource.getRepository(NotificationPreferenceEntity).upsert({ userId: actor.id, kind: input.kind, inApp: input.inApp, email: input.email }, ['userId', 'kind']);
    return { preference: { kind: input.kind, inApp: input.inApp, email: input.email, isDefault: false } };
  }
}
