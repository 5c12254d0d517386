/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddEquityTerms1796143516054 } from './1796143516054-add-equity-terms.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddEquityTerms1796143516054];
