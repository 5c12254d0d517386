import { Global, Module } from '@nestjs/common';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationRecipients } from './services/notification-recipients.js';
import { NotificationsService } from './services/notifications.service.js';

/** Global: any feature notifies through NotificationsService without importing this module. */
@Global()
@Module({ providers: [NotificationsService, NotificationRecipients, NotificationsResolver], exports: [NotificationsService, NotificationRecipients] })
export class NotificationsModule {}
