/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddBilling1796138371606 } from './1796138371606-add-billing.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddBilling1796138371606];
