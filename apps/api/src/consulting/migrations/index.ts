/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddConsulting1796151107520 } from './1796151107520-add-consulting.js';
import { AddTicketRatedAt1796152000000 } from './1796152000000-add-ticket-rated-at.js';
import { AddTicketMessageArticles1796159407542 } from './1796159407542-add-ticket-message-articles.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddConsulting1796151107520, AddTicketRatedAt1796152000000, AddTicketMessageArticles1796159407542];
