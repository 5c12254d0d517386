/**
 * The notifications feature's public surface: other folders import it from here only.
 *
 * Raise a notification inside the transaction of the action it is about:
 *   await notifications.notify(manager, { userIds, kind: 'TICKET_REPLY', params: { number, subject }, link: `/portal/tickets/${id}` });
 *   await notifications.notifyFounders(manager, organisationId, { kind, params, link });
 *   await notifications.notifyCentreManagers(manager, { kind, params, link, organisationId });
 * Rows are written with `manager`; e-mail and the live event leave after the commit and never if it
 * rolls back. NotificationsModule is global: inject NotificationsService without importing it.
 * Params are strings; a name ending in `Fen` is shown as CNY. The words are in the web's
 * modules/notifications/i18n (message.<KIND>, or message.<KIND>_<decision>) and in
 * services/notification-mail.ts.
 */
export { notificationsFeature } from './notifications.feature.js';
export { NotificationsService, notificationsServiceOn, type NotifyInput } from './services/notifications.service.js';
export { NotificationRecipients } from './services/notification-recipients.js';
export { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from './notification-kinds.js';
