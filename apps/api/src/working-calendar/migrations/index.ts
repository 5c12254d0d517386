/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddWorkingCalendar1796151058561 } from './1796151058561-add-working-calendar.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddWorkingCalendar1796151058561];
