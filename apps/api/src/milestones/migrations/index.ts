/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddMilestones1796143409343 } from './1796143409343-add-milestones.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddMilestones1796143409343];
