import type { ColumnOptions, ValueTransformer } from 'typeorm';

/** PostgreSQL bigint comes back from `pg` as a string; fen and share counts stay bigints end to end. */
export const bigintTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** A bigint column read and written as a JS bigint: money in fen, share counts, never a float. */
export function bigintColumn(name: string, options: Partial<ColumnOptions> = {}): ColumnOptions {
  return { name, type: 'bigint', transformer: bigintTransformer, ...options };
}
