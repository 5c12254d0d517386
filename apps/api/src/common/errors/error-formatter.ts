import { HttpException, Logger } from '@nestjs/common';
import { GraphQLError, type ExecutionResult } from 'graphql';
import mercurius from 'mercurius';
import { ErrorCode } from './error-codes.js';

const logger = new Logger('GraphQL');

/** Codes a client can act on; anything else thrown is a bug and is masked. */
const KNOWN_CODES = new Set<string>([...Object.values(ErrorCode), 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED']);

function fromHttpException(error: GraphQLError, exception: HttpException): GraphQLError {
  const status = exception.getStatus();
  const body = exception.getResponse() as { message?: string | string[] };
  const messages = Array.isArray(body.message) ? body.message : [body.message ?? exception.message];
  const code = status === 401 ? ErrorCode.UNAUTHENTICATED : status === 403 ? ErrorCode.FORBIDDEN : ErrorCode.BAD_USER_INPUT;
  return new GraphQLError(messages.join('; '), {
    path: error.path,
    extensions: { code, ...(code === ErrorCode.BAD_USER_INPUT ? { validation: messages } : {}) },
  });
}

/** The one place where every failure becomes a GraphQL error with an `extensions.code`. */
export function normaliseError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof HttpException) return fromHttpException(error, original);
  const code = error.extensions?.code;
  if (typeof code === 'string' && KNOWN_CODES.has(code)) return error;
  if (original instanceof GraphQLError && typeof original.extensions?.code === 'string') return original;
  if (!original) {
    // Parse and validation errors of the query document itself.
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: error.message.startsWith('Syntax Error') ? 'GRAPHQL_PARSE_FAILED' : 'GRAPHQL_VALIDATION_FAILED' },
    });
  }
  if ((original as { errors?: unknown }).errors) return error; // mercurius validation bundle: handled downstream
  const status = (original as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    // Refused by the HTTP layer (fastify) before GraphQL ran; keep the status for the response.
    return new GraphQLError(original.message, {
      originalError: original,
      extensions: { code: status === 413 ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_REQUEST },
    });
  }
  logger.error(original.stack ?? original.message);
  return new GraphQLError('Internal server error', { path: error.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
}

export const errorFormatter = (
  execution: ExecutionResult & { errors: readonly GraphQLError[] },
  context: Parameters<typeof mercurius.defaultErrorFormatter>[1],
) => {
  const formatted = mercurius.defaultErrorFormatter({ ...execution, errors: execution.errors.map(normaliseError) }, context);
  const errors = (formatted.response.errors ?? []).map((e) => ({
    ...e,
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', ...(e.extensions ?? {}) },
  }));
  // Refused sign-ins are a 429 too, so proxies and monitoring see the throttling.
  const throttled = errors.some((e) => e.extensions.code === ErrorCode.TOO_MANY_ATTEMPTS);
  return { statusCode: throttled ? 429 : formatted.statusCode, response: { ...formatted.response, errors } };
};
