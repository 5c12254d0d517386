import { HttpException, HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../access/actor.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { TokenBuckets } from './token-bucket.js';

/** Runs one download's rendering for a caller, or refuses it with 429 and Retry-After. */
export type DownloadLimit = <T>(actor: Actor, reply: FastifyReply, render: () => Promise<T>) => Promise<T>;

/**
 * Per-caller limits for a download route: at most `concurrent` renderings at once and a burst of
 * `burst` (then `perMinute` a minute). GraphQL's own limits do not see REST routes, and building a
 * document costs real CPU. Billing's documents and the cap tables' OCF export use it.
 */
export function downloadLimit(options: { concurrent: number; perMinute: number; burst: number }): DownloadLimit {
  const running = new ConcurrencyLimiter(options.concurrent);
  const rate = new TokenBuckets(options.perMinute, options.burst);
  const refuse = (reply: FastifyReply, message: string, retryAfterSeconds: number) => {
    reply.header('retry-after', String(retryAfterSeconds));
    return new HttpException({ code: 'RATE_LIMITED', message, retryAfterSeconds }, HttpStatus.TOO_MANY_REQUESTS);
  };
  return async (actor, reply, render) => {
    const key = `${actor.kind}:${actor.id}`;
    const taken = rate.take(key, 1);
    if (!taken.ok) throw refuse(reply, 'Too many downloads; wait and try again', taken.retryAfterSeconds);
    const release = running.tryAcquire(key);
    if (!release) throw refuse(reply, `${options.concurrent} downloads are already being prepared; wait for them`, 1);
    try {
      return await render();
    } finally {
      release();
    }
  };
}
