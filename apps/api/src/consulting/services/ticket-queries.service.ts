import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import type { Connection } from '../../common/pagination/connection.js';
import { connectionOfList } from '../../common/pagination/page-of.js';
import { CLOCK, type Clock } from '../clock.js';
import { ConsultantGroupEntity, ConsultantGroupMemberEntity } from '../entities/consultant-group.entity.js';
import { TicketEscalationEntity } from '../entities/sla.entities.js';
import { TicketAttachmentEntity } from '../entities/ticket-attachment.entity.js';
import { TicketStatusChangeEntity } from '../entities/ticket-history.entities.js';
import { TicketMessageEntity } from '../entities/ticket-message.entity.js';
import { TicketEntity } from '../entities/ticket.entity.js';
import { SlaClock } from '../sla/sla-clock.js';
import type { SlaTargetView } from '../sla/sla-targets.js';
import type { TicketLinkedArticle } from '../models/ticket.model.js';
import type { TicketCategory, TicketPriority, TicketStatus } from '../ticket-rules.js';
import { inGroupOf, isConsultingManager, isFounderSide } from './ticket-access.js';

export interface TicketFilter {
  status?: TicketStatus[] | null;
  category?: TicketCategory[] | null;
  priority?: TicketPriority[] | null;
  breached?: boolean | null;
  /** Staff: only the caller's own tickets (default for consultants), or everyone's (managers). */
  mine?: boolean | null;
  first: number;
  after?: string | null;
}

/**
 * The sort by time to breach runs in memory (deadlines are business hours on an editable
 * calendar, with pauses): every ticket with a target still running takes part, at most this
 * many; after them come at most this many others (targets met or none), newest first.
 */
const QUEUE_LIMIT = 1000;

@Injectable()
export class TicketQueriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sla: SlaClock,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One ticket, or null when the caller may not see it (another organisation's reads as missing). */
  async ticket(actor: Actor, id: string): Promise<TicketEntity | null> {
    const query = this.dataSource.getRepository(TicketEntity).createQueryBuilder('t').where('t.id = :id', { id });
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('t.organisation_id = :tenant', { tenant });
    return query.getOne();
  }

  /**
   * Founders: their organisation's tickets, newest first. Staff: the queue, soonest breach first;
   * consultants see their own unless a manager, who sees every queue.
   */
  async tickets(actor: Actor, filter: TicketFilter): Promise<Connection<TicketEntity>> {
    const tenant = tenantOf(actor);
    if (tenant) return connectionOfList(await this.matching(actor, filter).limit(QUEUE_LIMIT).getMany(), filter);
    // Staff: the tickets still on the clock first, soonest breach first — all of them, so an old
    // overdue ticket is never pushed out of the queue by newer closed ones; then the rest.
    const running = 'EXISTS (SELECT 1 FROM ticket_sla_targets r WHERE r.ticket_id = t.id AND r.met_at IS NULL)';
    const onTheClock = await this.matching(actor, filter).andWhere(running).limit(QUEUE_LIMIT).getMany();
    const others = await this.matching(actor, filter).andWhere(`NOT ${running}`).limit(QUEUE_LIMIT).getMany();
    const now = this.clock.now();
    const views = await this.sla.viewsOf(this.dataSource.manager, onTheClock.map((t) => t.id), now);
    const keyed = onTheClock.map((ticket) => ({ ticket, key: breachKey(views.get(ticket.id) ?? []) }));
    keyed.sort((a, b) => a.key - b.key);
    return connectionOfList([...keyed.map((k) => k.ticket), ...others], filter);
  }

  /** The caller's tickets under the filter, newest first (founders: their organisation's; consultants: their own unless asked). */
  private matching(actor: Actor, filter: TicketFilter) {
    const query = this.dataSource.getRepository(TicketEntity).createQueryBuilder('t').orderBy('t.created_at', 'DESC').addOrderBy('t.id');
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('t.organisation_id = :tenant', { tenant });
    else if (filter.mine ?? !isConsultingManager(actor)) query.andWhere('t.assignee_id = :me', { me: actor.id });
    if (filter.status?.length) query.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter.category?.length) query.andWhere('t.category IN (:...category)', { category: filter.category });
    if (filter.priority?.length) query.andWhere('t.priority IN (:...priority)', { priority: filter.priority });
    if (filter.breached != null) {
      query.andWhere(`${filter.breached ? '' : 'NOT '}EXISTS (SELECT 1 FROM ticket_sla_targets s WHERE s.ticket_id = t.id AND s.breached_at IS NOT NULL)`);
    }
    return query;
  }

  /** The thread; founders never get internal notes (filtered in the query, not after it). */
  messages(actor: Actor, ticketId: string): Promise<TicketMessageEntity[]> {
    const where = isFounderSide(actor) ? { ticketId, visibility: 'PUBLIC' as const } : { ticketId };
    return this.dataSource.getRepository(TicketMessageEntity).find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Founders: files of public messages; staff: all, if they may download them (the group's consultants, managers). */
  async attachments(actor: Actor, ticketId: string, category: TicketCategory): Promise<TicketAttachmentEntity[]> {
    if (!isFounderSide(actor) && !isConsultingManager(actor) && !(await inGroupOf(this.dataSource.manager, actor.id, category))) return [];
    const query = this.dataSource.getRepository(TicketAttachmentEntity).createQueryBuilder('a')
      .innerJoin(TicketMessageEntity, 'm', 'm.id = a.message_id').where('a.ticket_id = :ticketId', { ticketId }).orderBy('a.created_at');
    if (isFounderSide(actor)) query.andWhere(`m.visibility = 'PUBLIC'`);
    return query.getMany();
  }

  /** The articles linked under a message, in the order they were given; founders only those published now. */
  async linkedArticles(actor: Actor, messageId: string): Promise<TicketLinkedArticle[]> {
    const rows: { article_id: string; slug: string; title_zh: string; title_en: string; published: boolean }[] = await this.dataSource.query(
      `SELECT a.id AS article_id, a.slug, coalesce(v.title_zh, a.draft_title_zh) AS title_zh, coalesce(v.title_en, a.draft_title_en) AS title_en, a.status = 'PUBLISHED' AS published
         FROM ticket_message_articles l
         JOIN kb_articles a ON a.id = l.article_id
         LEFT JOIN kb_article_versions v ON v.article_id = a.id AND v.version = a.published_version
        WHERE l.message_id = $1 AND ($2::boolean OR a.status = 'PUBLISHED')
        ORDER BY l.position`,
      [messageId, !isFounderSide(actor)],
    );
    return rows.map((r) => ({ articleId: r.article_id, slug: r.slug, titleZh: r.title_zh, titleEn: r.title_en, published: r.published }));
  }

  slaTargets(ticketId: string): Promise<SlaTargetView[]> {
    return this.sla.views(this.dataSource.manager, ticketId, this.clock.now());
  }

  escalations(ticketId: string): Promise<TicketEscalationEntity[]> {
    return this.dataSource.getRepository(TicketEscalationEntity).find({ where: { ticketId }, order: { at: 'ASC' } });
  }

  history(ticketId: string): Promise<TicketStatusChangeEntity[]> {
    return this.dataSource.getRepository(TicketStatusChangeEntity).find({ where: { ticketId }, order: { at: 'ASC', id: 'ASC' } });
  }

  groups(): Promise<ConsultantGroupEntity[]> {
    return this.dataSource.getRepository(ConsultantGroupEntity).find({ order: { category: 'ASC' } });
  }

  members(groupId: string): Promise<ConsultantGroupMemberEntity[]> {
    return this.dataSource.getRepository(ConsultantGroupMemberEntity).find({ where: { groupId }, order: { userId: 'ASC' } });
  }

  async displayName(userId: string | null): Promise<string | null> {
    if (!userId) return null;
    const rows: { display_name: string }[] = await this.dataSource.query('SELECT display_name FROM users WHERE id = $1', [userId]);
    return rows[0]?.display_name ?? null;
  }
}

/** Minutes to the soonest running deadline; met (in time or late) or paused targets sort last. */
function breachKey(views: readonly SlaTargetView[]): number {
  const running = views.filter((v) => !v.metAt && v.state !== 'PAUSED');
  return running.length ? Math.min(...running.map((v) => v.minutesLeft)) : Number.MAX_SAFE_INTEGER;
}
