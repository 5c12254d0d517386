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
import type { TicketCategory, TicketPriority, TicketStatus } from '../ticket-rules.js';
import { isConsultingManager, isFounderSide } from './ticket-access.js';

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

/** A queue is at most this many tickets deep: the sort by time to breach runs in memory. */
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
    const query = this.dataSource.getRepository(TicketEntity).createQueryBuilder('t').orderBy('t.created_at', 'DESC').addOrderBy('t.id').limit(QUEUE_LIMIT);
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('t.organisation_id = :tenant', { tenant });
    else if (filter.mine ?? !isConsultingManager(actor)) query.andWhere('t.assignee_id = :me', { me: actor.id });
    if (filter.status?.length) query.andWhere('t.status IN (:...status)', { status: filter.status });
    if (filter.category?.length) query.andWhere('t.category IN (:...category)', { category: filter.category });
    if (filter.priority?.length) query.andWhere('t.priority IN (:...priority)', { priority: filter.priority });
    if (filter.breached != null) {
      query.andWhere(`${filter.breached ? '' : 'NOT '}EXISTS (SELECT 1 FROM ticket_sla_targets s WHERE s.ticket_id = t.id AND s.breached_at IS NOT NULL)`);
    }
    const rows = await query.getMany();
    if (tenant) return connectionOfList(rows, filter);
    const now = this.clock.now();
    const keyed = await Promise.all(rows.map(async (ticket) => ({ ticket, key: breachKey(await this.sla.views(this.dataSource.manager, ticket.id, now)) })));
    keyed.sort((a, b) => a.key - b.key);
    return connectionOfList(keyed.map((k) => k.ticket), filter);
  }

  /** The thread; founders never get internal notes (filtered in the query, not after it). */
  messages(actor: Actor, ticketId: string): Promise<TicketMessageEntity[]> {
    const where = isFounderSide(actor) ? { ticketId, visibility: 'PUBLIC' as const } : { ticketId };
    return this.dataSource.getRepository(TicketMessageEntity).find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  async attachments(actor: Actor, ticketId: string): Promise<TicketAttachmentEntity[]> {
    const query = this.dataSource.getRepository(TicketAttachmentEntity).createQueryBuilder('a')
      .innerJoin(TicketMessageEntity, 'm', 'm.id = a.message_id').where('a.ticket_id = :ticketId', { ticketId }).orderBy('a.created_at');
    if (isFounderSide(actor)) query.andWhere(`m.visibility = 'PUBLIC'`);
    return query.getMany();
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

/** Minutes to the soonest running deadline; met or paused targets sort last. */
function breachKey(views: readonly SlaTargetView[]): number {
  const running = views.filter((v) => v.state !== 'MET' && v.state !== 'PAUSED');
  return running.length ? Math.min(...running.map((v) => v.minutesLeft)) : Number.MAX_SAFE_INTEGER;
}
