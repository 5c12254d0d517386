/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddNotifications1796150816478 } from './1796150816478-add-notifications.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddNotifications1796150816478];
