import { ErrorCode } from '../errors/error-codes.js';

/**
 * Thrown by a request-limit hook before execution. Mercurius turns it into the only error of the
 * answer (`data: null`), with this HTTP status and `extensions` (the error formatter keeps known codes).
 */
export class RequestRefused extends Error {
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly statusCode: number,
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'RequestRefused';
    this.extensions = { code, ...extra };
  }
}

export const tooComplex = (message: string, extra: Record<string, unknown> = {}) =>
  new RequestRefused(ErrorCode.QUERY_TOO_COMPLEX, message, 400, extra);

export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new RequestRefused(ErrorCode.RATE_LIMITED, message, 429, { retryAfterSeconds });

/** The JSON body of a refusal answered directly from a Fastify hook (outside Mercurius). */
export function refusalBody(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ data: null, errors: [{ message, extensions: { code, ...extra } }] });
}
