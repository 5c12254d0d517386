import { badUserInput } from '../errors/api-errors.js';
import { dateInAcceptedRange } from '../validation/input-hygiene.js';

/** Keyset position: rows are ordered by (created_at, id), so pages stay stable under inserts. */
export interface KeysetPosition {
  createdAt: Date;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt.toISOString(), position.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (!dateInAcceptedRange(date) || typeof id !== 'string' || !UUID.test(id)) throw new Error('shape');
    return { createdAt: date, id };
  } catch {
    throw badUserInput('The cursor is not one this API issued', { argument: 'after' });
  }
}
