import { defineFeature } from '../common/feature/define-feature.js';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity.js';
import { NotificationEntity } from './entities/notification.entity.js';
import './events/notification-events.js';
import { MIGRATIONS } from './migrations/index.js';
import { NOTIFICATION_FIELD_RULES } from './notifications.field-rules.js';
import { NotificationsModule } from './notifications.module.js';

/** The product's notification centre: in-app (the bell, live) and e-mail, with per-person preferences. */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  module: NotificationsModule,
  entities: [NotificationEntity, NotificationPreferenceEntity],
  migrations: MIGRATIONS,
  fieldRules: NOTIFICATION_FIELD_RULES,
  events: { NOTIFICATION_ADDED: { emptiesResponseCache: true } },
  permissions: ['NOTIFICATION_READ'],
});
