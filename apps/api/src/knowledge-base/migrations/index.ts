/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddKnowledgeBase1796150931795 } from './1796150931795-add-knowledge-base.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddKnowledgeBase1796150931795];
