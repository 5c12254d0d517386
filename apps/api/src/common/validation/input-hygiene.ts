/**
 * Checks every argument value before class-validator sees it, for what no single DTO should
 * have to remember: PostgreSQL refuses NUL in text (the write would fail as an internal error),
 * and timestamptz cannot hold JavaScript's extreme dates (a "minimum date" would do the same).
 */
export const EARLIEST_ACCEPTED_DATE = new Date('1970-01-01T00:00:00Z');
export const LATEST_ACCEPTED_DATE = new Date('2200-01-01T00:00:00Z');

export type HygieneProblem = { kind: 'NUL_BYTE' | 'DATE_OUT_OF_RANGE' | 'INVALID_DATE'; path: string };

export function dateInAcceptedRange(date: Date): boolean {
  const t = date.getTime();
  return !Number.isNaN(t) && t >= EARLIEST_ACCEPTED_DATE.getTime() && t < LATEST_ACCEPTED_DATE.getTime();
}

export function findHygieneProblem(value: unknown, path = 'input', depth = 0): HygieneProblem | null {
  if (depth > 32) return null;
  if (typeof value === 'string') return value.includes('\u0000') ? { kind: 'NUL_BYTE', path } : null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { kind: 'INVALID_DATE', path };
    return dateInAcceptedRange(value) ? null : { kind: 'DATE_OUT_OF_RANGE', path };
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = findHygieneProblem(value[i], `${path}[${i}]`, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  // Only what GraphQL coerces arguments into: plain objects (never a class instance reached by accident).
  if (value && typeof value === 'object' && isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      const problem = findHygieneProblem(inner, `${path}.${key}`, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}
