import type { EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { ConsultantGroupEntity, ConsultantGroupMemberEntity } from '../entities/consultant-group.entity.js';
import { TicketEntity } from '../entities/ticket.entity.js';
import type { TicketCategory } from '../ticket-rules.js';

export const NO_TICKET = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such ticket', ['ticketId']);

/** Managers and admins see and change every queue. */
export const isConsultingManager = (actor: Actor) => actor.kind === 'user' && (actor.role === 'MANAGER' || actor.role === 'ADMIN');

export const isFounderSide = (actor: Actor) => tenantOf(actor) !== null;

/**
 * The ticket, locked for the change, if the caller may see it: founders only their own
 * organisation's (anything else reads as missing, so ids of other tenants leak nothing).
 */
export async function lockVisibleTicket(manager: EntityManager, actor: Actor, ticketId: string): Promise<TicketEntity> {
  const query = manager.getRepository(TicketEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :ticketId', { ticketId });
  const tenant = tenantOf(actor);
  if (tenant) query.andWhere('t.organisation_id = :tenant', { tenant });
  const ticket = await query.getOne();
  if (!ticket) throw NO_TICKET();
  return ticket;
}

/** The consultant is the group lead or a member of the category's group. */
export async function inGroupOf(manager: EntityManager, userId: string, category: TicketCategory): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM consultant_groups g
      WHERE g.category = $1 AND (g.lead_user_id = $2 OR EXISTS (SELECT 1 FROM consultant_group_members m WHERE m.group_id = g.id AND m.user_id = $2))`,
    [category, userId],
  );
  return rows.length > 0;
}

/** Staff work on a ticket: managers always, consultants only in the ticket's group. */
export async function assertMayWork(manager: EntityManager, actor: Actor, ticket: TicketEntity): Promise<void> {
  if (isConsultingManager(actor)) return;
  if (isFounderSide(actor) || !(await inGroupOf(manager, actor.id, ticket.category))) {
    throw new DomainError(UserErrorCode.NOT_IN_TICKET_GROUP, 'Only consultants of the ticket’s category group (or managers) may change it', ['ticketId']);
  }
}

export async function groupOf(manager: EntityManager, category: TicketCategory): Promise<ConsultantGroupEntity | null> {
  return manager.getRepository(ConsultantGroupEntity).findOneBy({ category });
}

export async function membersOf(manager: EntityManager, groupId: string): Promise<ConsultantGroupMemberEntity[]> {
  return manager.getRepository(ConsultantGroupMemberEntity).findBy({ groupId });
}
