/** The notifications feature's public surface: other folders import it from here only. */
export { notificationsFeature } from './notifications.feature.js';
export { NotificationsService, notificationsServiceOn, type NotifyInput } from './services/notifications.service.js';
export { NotificationRecipients } from './services/notification-recipients.js';
export { DEFAULT_DELIVERY, NOTIFICATION_KINDS, type NotificationKind, type NotificationParams } from './notification-kinds.js';
