import { bigintColumn, bigintTransformer } from '../../database/bigint-column.js';

/** PostgreSQL bigint comes back from `pg` as a string; money stays a bigint of fen end to end. */
export const fenTransformer = bigintTransformer;

/** A money column: integer fen in a bigint, never a float. */
export const fenColumn = bigintColumn;
