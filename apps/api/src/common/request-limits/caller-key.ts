import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';

/**
 * Who a limit is counted against: a signed-in person or an API token by its id, anyone else by
 * IP address. Behind a reverse proxy every anonymous caller shares the proxy's address unless
 * Fastify is told to trust it (then the X-Forwarded-For client counts).
 */
export function callerKey(actor: Actor | null | undefined, request: FastifyRequest): string {
  return actor ? `${actor.kind}:${actor.id}` : `ip:${request.ip}`;
}
