import { defineFeature } from '../common/feature/define-feature.js';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
import { NotificationEntity } from './entities/notification.entity.js';
import './events/notification-events.js';
import { MIGRATIONS } from './migrations/index.js';
import { NotificationsModule } from './notifications.module.js';

/** The product's notification centre: in-app (the bell, live) and e-mail, with per-person preferences. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  module: NotificationsModule,
  entities: [NotificationEntity, NotificationPreferenceEntity],
  migrations: MIGRATIONS,
  events: { NOTIFICATION_ADDED: { emptiesResponseCache: true } },
});
