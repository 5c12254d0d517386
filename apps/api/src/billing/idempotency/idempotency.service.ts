import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { DomainError } from '../../common/errors/api-errors.js';

/** A JSON value: what is stored as the first answer and returned to every retry. */
export type Replayable = string | number | boolean | null | Replayable[] | { [key: string]: Replayable };

function hashOf(input: unknown): string {
  return createHash('sha256').update(JSON.stringify(input, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))).digest('hex');
}

/**
 * Stripe's contract: inside the caller's transaction, the first call under (actor, operation, key)
 * runs and stores its answer; a retry gets that answer and runs nothing. A concurrent retry blocks
 * on the key's row until the first commits (then replays) or rolls back (then runs itself).
 * A failed call stores nothing: its transaction rolled back, so a retry runs again.
 */
@Injectable()
export class IdempotencyService {
  async once<T extends Replayable>(
    manager: EntityManager,
    scope: { actorId: string; operation: string; key: string | null | undefined; input: unknown },
    run: () => Promise<T>,
  ): Promise<T> {
    if (!scope.key) return run();
    const requestHash = hashOf(scope.input);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (actor_id, operation, key, request_hash, response) VALUES ($1, $2, $3, $4, 'null')
       ON CONFLICT DO NOTHING RETURNING 1`,
      [scope.actorId, scope.operation, scope.key, requestHash],
    );
    if (inserted.length === 0) {
      const [stored]: { request_hash: string; response: T }[] = await manager.query(
        'SELECT request_hash, response FROM idempotency_keys WHERE actor_id = $1 AND operation = $2 AND key = $3',
        [scope.actorId, scope.operation, scope.key],
      );
      if (stored.request_hash !== requestHash) {
        throw new DomainError(UserErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used with a different input', ['idempotencyKey']);
      }
      return stored.response;
    }
    const response = await run();
    await manager.query('UPDATE idempotency_keys SET response = $4 WHERE actor_id = $1 AND operation = $2 AND key = $3', [
      scope.actorId, scope.operation, scope.key, JSON.stringify(response),
    ]);
    return response;
  }
}
