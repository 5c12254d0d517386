import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationsService } from '../../notifications/index.js';
import type { TicketEntity } from '../entities/ticket.entity.js';

/** Founders open their tickets in the portal, staff in the consulting workspace. */
export const portalLink = (ticketId: string) => `/portal/consulting/${ticketId}`;
export const workspaceLink = (ticketId: string) => `/consulting/${ticketId}`;

/** Tells people about a ticket, inside the transaction of the change (nothing is sent if it rolls back). */
export function noticeOf(notifications: NotificationsService) {
  return (manager: EntityManager, ticket: Pick<TicketEntity, 'id' | 'subject' | 'organisationId'>, kind: NotificationKind, userIds: readonly (string | null)[], link: string) =>
    notifications.notify(manager, {
      userIds: userIds.filter((id): id is string => !!id),
      kind,
      params: { number: ticket.id.slice(0, 8).toUpperCase(), subject: ticket.subject },
      link,
      organisationId: ticket.organisationId,
    });
}
