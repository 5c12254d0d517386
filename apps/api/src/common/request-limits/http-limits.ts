import type { FastifyInstance } from 'fastify';
import { ErrorCode } from '../errors/error-codes.js';
import type { RequestLimits } from './request-limits.config.js';
import { refusalBody } from './request-refused.js';

const GRAPHQL_PATH = '/graphql';

/**
 * The limits that live at the HTTP layer, registered on the Fastify instance before Nest
 * initialises (so they run before the response cache's hooks):
 * - POST /graphql accepts `application/json` only. Form, multipart and text/plain bodies are what
 *   a foreign web page can make a browser send without a CORS preflight, so accepting them lets
 *   any page run operations (sign-in guesses) against a server on the visitor's network.
 *   GET stays for queries (Mercurius refuses mutations over GET); graphql-ws is a GET upgrade.
 * - An answer larger than `maxResponseBytes` is replaced by a RESPONSE_TOO_LARGE error (and,
 *   carrying an error, is never stored by the response cache).
 */
export function installHttpLimits(fastify: FastifyInstance, limits: RequestLimits): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || request.routeOptions.url !== GRAPHQL_PATH) return;
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (mediaType === 'application/json') return;
    return reply
      .code(415)
      .header('content-type', 'application/json; charset=utf-8')
      .send(refusalBody(ErrorCode.UNSUPPORTED_MEDIA_TYPE, 'POST /graphql takes Content-Type: application/json'));
  });

  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url !== GRAPHQL_PATH || typeof payload !== 'string') return payload;
    // Characters never take more than three UTF-8 bytes each: most answers skip the exact count.
    if (payload.length * 3 <= limits.maxResponseBytes || Buffer.byteLength(payload) <= limits.maxResponseBytes) return payload;
    reply.code(200).header('content-type', 'application/json; charset=utf-8');
    return refusalBody(ErrorCode.RESPONSE_TOO_LARGE, `The answer is larger than ${limits.maxResponseBytes} bytes; ask for fewer fields or a smaller page`, {
      limit: limits.maxResponseBytes,
    });
  });
}
