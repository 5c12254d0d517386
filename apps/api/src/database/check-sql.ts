/**
 * CHECK expressions built from libs/domain constants, so a constraint cannot list a stage, role
 * or state the code does not know (or miss one it does). Use them in entities' @Check and in new
 * migrations; applied migrations are history and keep their literal text. The output matches
 * the hand-written form (`col IN ('A','B')`) so existing constraints need no migration.
 */
const literal = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/** `column IN ('A','B')` */
export function sqlIn(column: string, values: readonly string[]): string {
  if (values.length === 0) throw new Error(`sqlIn(${column}): no values`);
  return `${column} IN (${values.map(literal).join(',')})`;
}

/** `column <@ ARRAY['A','B']::text[]`: every element of a text[] column is one of the values. */
export function sqlArrayWithin(column: string, values: readonly string[]): string {
  return `${column} <@ ARRAY[${values.map(literal).join(',')}]::text[]`;
}

/** `column BETWEEN min AND max`, both ends included. */
export function sqlBetween(column: string, min: number, max: number): string {
  if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) throw new Error(`sqlBetween(${column}): bad bounds ${min}..${max}`);
  return `${column} BETWEEN ${min} AND ${max}`;
}
