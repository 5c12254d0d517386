/** Migrations in the order they run. New ones are written here by `migrations.js generate NAME FEATURE`. */
import type { MigrationInterface } from 'typeorm';
import { AddMatchmaking1796159637467 } from './1796159637467-add-matchmaking.js';
export const MIGRATIONS: (new () => MigrationInterface)[] = [AddMatchmaking1796159637467];
