import type { ColumnOptions, ValueTransformer } from 'typeorm';

/** PostgreSQL bigint comes back from `pg` as a string; money stays a bigint of fen end to end. */
export const fenTransformer: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};

/** A money column: integer fen in a bigint, never a float. */
export function fenColumn(name: string, options: Partial<ColumnOptions> = {}): ColumnOptions {
  return { name, type: 'bigint', transformer: fenTransformer, ...options };
}
