import type { NotificationKind, NotificationParams } from '../notification-kinds.js';

export const NOTIFICATION_ADDED = 'NOTIFICATION_ADDED';

/** Published after the notifying transaction committed; subscribers see only their own. */
export interface NotificationAddedEvent {
  id: string;
  userId: string;
  kind: NotificationKind;
  params: NotificationParams;
  link: string;
  createdAt: string;
}

declare module '../../common/events/event-types.js' {
  interface SuanliEvents {
    [NOTIFICATION_ADDED]: NotificationAddedEvent;
  }
}
