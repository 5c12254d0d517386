import { fieldRules, reachable } from '../common/access/field-access/field-rule.js';
import type { NotificationPreference } from './models/notification.model.js';

/** `email` here is a yes/no choice, not an address; the list only ever holds the caller's own. */
export const NOTIFICATION_FIELD_RULES = [fieldRules<NotificationPreference>('NotificationPreference', { email: reachable('the caller’s own delivery choice') })];
