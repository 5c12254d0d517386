/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddEquityTerms1796143516054 } from './1796143516054-add-equity-terms.js';
import { AddCreditLinesAndCapTables1796148168475 } from './1796148168475-add-credit-lines-and-cap-tables.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddEquityTerms1796143516054, AddCreditLinesAndCapTables1796148168475];
