import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { NotificationsService } from '../../notifications/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { ConsultingSettingsEntity, TicketReviewTaskEntity, TicketStatusChangeEntity } from '../entities/ticket-history.entities.js';
import { TicketMessageArticleEntity } from '../entities/ticket-message-article.entity.js';
import { TicketMessageEntity } from '../entities/ticket-message.entity.js';
import { TicketEntity } from '../entities/ticket.entity.js';
import { SlaClock } from '../sla/sla-clock.js';
import { LOW_SATISFACTION, sourcesOf, type LinkedKind, type MessageVisibility, type TicketCategory, type TicketPriority, type TicketStatus } from '../ticket-rules.js';
import { leastLoadedConsultant, markAssigned } from './assignment.js';
import { linkedObjectBelongsTo } from './linked-objects.js';
import { noticeOf, portalLink, workspaceLink } from './ticket-notices.js';
import { assertMayWork, groupOf, inGroupOf, isConsultingManager, isFounderSide, lockVisibleTicket } from './ticket-access.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface OpenTicketCommand {
  category: TicketCategory;
  priority: TicketPriority;
  subject: string;
  body: string;
  linkedKind?: LinkedKind | null;
  linkedId?: string | null;
}

/**
 * Every linked article exists and is published. FOR SHARE: an unpublish running at the same time
 * (it locks the row FOR UPDATE) waits for this transaction, so no link to a hidden article commits.
 */
async function assertPublished(manager: EntityManager, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const rows: unknown[] = await manager.query(`SELECT id FROM kb_articles WHERE id = ANY($1::uuid[]) AND status = 'PUBLISHED' FOR SHARE`, [articleIds]);
  if (rows.length !== articleIds.length) {
    throw new DomainError(UserErrorCode.ARTICLE_NOT_PUBLISHED, 'Link published knowledge-base articles only', ['articleIds']);
  }
}

const invalid = (message: string, field: string) => new DomainError(UserErrorCode.VALIDATION_FAILED, message, [field]);
const closed = () => new DomainError(UserErrorCode.TICKET_CLOSED, 'The ticket is closed; reopen it first', ['ticketId']);

/** The ticket's life: open, thread, status moves, assignment and satisfaction; each in one transaction. */
@Injectable()
export class TicketsService {
  private readonly notice: ReturnType<typeof noticeOf>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sla: SlaClock,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(NotificationsService) notifications: NotificationsService,
  ) {
    this.notice = noticeOf(notifications);
  }

  open(actor: Actor, input: OpenTicketCommand): Promise<TicketEntity> {
    const subject = input.subject.trim();
    const body = input.body.trim();
    if (!subject) return Promise.reject(invalid('Give the ticket a subject', 'subject'));
    if (!body) return Promise.reject(invalid('Describe the question', 'body'));
    if ((input.linkedKind ?? null) === null !== ((input.linkedId ?? null) === null)) {
      return Promise.reject(invalid('A link names both its kind and its id', 'linkedId'));
    }
    return this.dataSource.transaction(async (manager) => {
      if (actor.kind !== 'user' || actor.role !== 'FOUNDER' || !actor.organisationId) {
        throw new DomainError(UserErrorCode.ORGANISATION_REQUIRED, 'Tickets are opened by a founder for their own organisation', null);
      }
      const organisationId = actor.organisationId;
      if (input.linkedKind && input.linkedId && !(await linkedObjectBelongsTo(manager, input.linkedKind, input.linkedId, organisationId))) {
        throw new DomainError(UserErrorCode.NOT_FOUND, 'The linked object is not one of your organisation’s', ['linkedId']);
      }
      const now = this.clock.now();
      const assigneeId = await leastLoadedConsultant(manager, input.category);
      const ticket = await manager.save(
        manager.create(TicketEntity, {
          organisationId, openerId: actor.id, category: input.category, priority: input.priority, subject, status: 'NEW',
          assigneeId, assignedAt: assigneeId ? now : null, linkedKind: input.linkedKind ?? null, linkedId: input.linkedId ?? null,
          createdAt: now, updatedAt: now,
        }),
      );
      if (assigneeId) {
        await markAssigned(manager, assigneeId, now);
        await this.notice(manager, ticket, 'TICKET_ASSIGNED', [assigneeId], workspaceLink(ticket.id));
      }
      await manager.insert(TicketMessageEntity, { ticketId: ticket.id, authorId: actor.id, visibility: 'PUBLIC', body, createdAt: now });
      await this.history(manager, ticket.id, null, 'NEW', actor.id, now);
      await this.sla.start(manager, ticket, now);
      return ticket;
    });
  }

  /** A public reply (founder or staff) or an internal note (staff of the group only). */
  post(actor: Actor, ticketId: string, body: string, visibility: MessageVisibility, articleIds: readonly string[] = []): Promise<{ ticket: TicketEntity; message: TicketMessageEntity }> {
    const text = body.trim();
    if (!text) return Promise.reject(invalid('The message is empty', 'body'));
    return this.dataSource.transaction(async (manager) => {
      const ticket = await lockVisibleTicket(manager, actor, ticketId);
      if (ticket.status === 'CLOSED') throw closed();
      const founder = isFounderSide(actor);
      if (!founder) await assertMayWork(manager, actor, ticket);
      if (founder && visibility === 'INTERNAL') throw new DomainError(UserErrorCode.NOT_FOUND, 'No such ticket', ['ticketId']);
      const linked = [...new Set(articleIds)];
      await assertPublished(manager, linked);
      const now = this.clock.now();
      const message = await manager.save(manager.create(TicketMessageEntity, { ticketId, authorId: actor.id, visibility, body: text, createdAt: now }));
      if (linked.length) await manager.insert(TicketMessageArticleEntity, linked.map((articleId, position) => ({ messageId: message.id, articleId, position })));
      if (visibility === 'PUBLIC') {
        await (founder
          ? this.notice(manager, ticket, 'TICKET_REPLY', [ticket.assigneeId], workspaceLink(ticket.id))
          : this.notice(manager, ticket, 'TICKET_REPLY', [ticket.openerId], portalLink(ticket.id)));
        // A staff reply answers (first response) and hands the next move to the founder; a
        // founder's reply to a waiting or resolved ticket gives it back to the consultants.
        if (founder) {
          if (ticket.status === 'WAITING_FOR_CUSTOMER' || ticket.status === 'RESOLVED') await this.move(manager, ticket, 'OPEN', actor.id, now);
        } else {
          if (!ticket.firstResponseAt) {
            ticket.firstResponseAt = now;
            await manager.update(TicketEntity, { id: ticket.id }, { firstResponseAt: now });
            await this.sla.firstResponse(manager, ticket.id, now);
          }
          if (ticket.status === 'NEW' || ticket.status === 'OPEN') await this.move(manager, ticket, 'WAITING_FOR_CUSTOMER', actor.id, now);
          else await this.sla.reschedule(manager, ticket.id, now);
        }
      }
      await manager.update(TicketEntity, { id: ticket.id }, { updatedAt: now });
      return { ticket: await manager.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id }), message };
    });
  }

  /**
   * A status move. Founders may resolve, close and reopen their own tickets; staff of the group
   * any allowed move. Reopening is allowed within the reopen window after resolution.
   */
  changeStatus(actor: Actor, ticketId: string, to: TicketStatus): Promise<TicketEntity> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await lockVisibleTicket(manager, actor, ticketId);
      const founder = isFounderSide(actor);
      if (founder && to !== 'RESOLVED' && to !== 'CLOSED' && to !== 'OPEN') {
        throw new DomainError(UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE, 'Founders resolve, close or reopen their tickets', ['status']);
      }
      if (!founder) await assertMayWork(manager, actor, ticket);
      const now = this.clock.now();
      const reopening = to === 'OPEN' && (ticket.status === 'RESOLVED' || ticket.status === 'CLOSED');
      if (founder && to === 'OPEN' && !reopening) {
        throw new DomainError(UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE, 'Founders reopen resolved or closed tickets only', ['status']);
      }
      if (ticket.status === 'CLOSED' && !reopening) throw closed();
      if (reopening) {
        const settings = await manager.getRepository(ConsultingSettingsEntity).findOneByOrFail({ id: 1 });
        const since = ticket.resolvedAt ?? ticket.closedAt ?? ticket.updatedAt;
        if (now.getTime() - since.getTime() > settings.reopenDays * DAY_MS) {
          throw new DomainError(UserErrorCode.REOPEN_WINDOW_PASSED, `Tickets reopen within ${settings.reopenDays} days of resolution; open a new one`, ['ticketId']);
        }
      }
      await this.move(manager, ticket, to, actor.id, now);
      return manager.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id });
    });
  }

  /** The founder's score on a resolved or closed ticket; a low one opens a review task for the group lead. */
  rate(actor: Actor, ticketId: string, score: number, comment: string | null): Promise<TicketEntity> {
    if (!Number.isInteger(score) || score < 1 || score > 5) return Promise.reject(invalid('The score is a whole number from 1 to 5', 'score'));
    return this.dataSource.transaction(async (manager) => {
      if (!isFounderSide(actor)) throw new DomainError(UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE, 'Only the founder rates a ticket', ['ticketId']);
      const ticket = await lockVisibleTicket(manager, actor, ticketId);
      if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') {
        throw new DomainError(UserErrorCode.INVALID_STATE, 'A ticket is rated once it is resolved', ['ticketId']);
      }
      if (ticket.satisfaction !== null) throw new DomainError(UserErrorCode.INVALID_STATE, 'The ticket is rated already', ['ticketId']);
      const now = this.clock.now();
      await manager.update(TicketEntity, { id: ticket.id }, { satisfaction: score, satisfactionComment: comment?.trim() || null, ratedAt: now, updatedAt: now });
      if (score <= LOW_SATISFACTION) {
        const group = await groupOf(manager, ticket.category);
        await manager.insert(TicketReviewTaskEntity, { ticketId: ticket.id, assigneeId: group?.leadUserId ?? null, score, comment: comment?.trim() || null, createdAt: now, doneAt: null });
      }
      return manager.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id });
    });
  }

  /** By hand: managers, or the lead of the ticket's group; the assignee must be in the group. */
  assign(actor: Actor, ticketIds: readonly string[], assigneeId: string): Promise<TicketEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const result: TicketEntity[] = [];
      for (const ticketId of [...new Set(ticketIds)].sort()) {
        const ticket = await lockVisibleTicket(manager, actor, ticketId);
        if (ticket.status === 'CLOSED') throw closed();
        const group = await groupOf(manager, ticket.category);
        if (!isConsultingManager(actor) && group?.leadUserId !== actor.id) {
          throw new DomainError(UserErrorCode.NOT_IN_TICKET_GROUP, 'Tickets are assigned by managers or the group’s lead', ['ticketIds']);
        }
        if (!(await inGroupOf(manager, assigneeId, ticket.category))) {
          throw new DomainError(UserErrorCode.NOT_IN_TICKET_GROUP, 'The assignee is not in the consultant group of the ticket’s category', ['assigneeId']);
        }
        await manager.update(TicketEntity, { id: ticket.id }, { assigneeId, assignedAt: now, updatedAt: now });
        await this.notice(manager, ticket, 'TICKET_ASSIGNED', [assigneeId], workspaceLink(ticket.id));
        result.push(await manager.getRepository(TicketEntity).findOneByOrFail({ id: ticket.id }));
      }
      await markAssigned(manager, assigneeId, now);
      return result;
    });
  }

  /**
   * The guarded move: UPDATE … WHERE status IN (allowed sources), so a concurrent change that
   * got there first leaves nothing to update and the move fails instead of skipping a state.
   */
  private async move(manager: EntityManager, ticket: TicketEntity, to: TicketStatus, actorId: string | null, now: Date): Promise<void> {
    const from = ticket.status;
    const stamps = to === 'RESOLVED' ? ', resolved_at = $3' : to === 'CLOSED' ? ', closed_at = $3, resolved_at = coalesce(resolved_at, $3)' : to === 'OPEN' ? ', closed_at = NULL' : '';
    const [, count]: [unknown, number] = await manager.query(
      `UPDATE tickets SET status = $2, updated_at = $3${stamps} WHERE id = $1 AND status = ANY($4::text[])`,
      [ticket.id, to, now, sourcesOf(to).filter((s) => s === from)],
    );
    if (count !== 1) throw new DomainError(UserErrorCode.INVALID_TRANSITION, `A ticket does not move from ${from} to ${to}`, ['status']);
    ticket.status = to;
    await this.history(manager, ticket.id, from, to, actorId, now);
    await this.sla.statusChanged(manager, ticket.id, from, to, now);
  }

  private async history(manager: EntityManager, ticketId: string, from: TicketStatus | null, to: TicketStatus, actorId: string | null, at: Date) {
    await manager.insert(TicketStatusChangeEntity, { ticketId, fromStatus: from, toStatus: to, actorId, at });
  }
}
