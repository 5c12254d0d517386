import type { ExecutionResult, GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';

type Formatter = (execution: ExecutionResult & { errors: readonly GraphQLError[] }, context: never) => {
  statusCode: number;
  response: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
};

/** graphql-js appends schema hints ("Did you mean "email"?") to validation and coercion messages. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/** graphql-js `maxTokens` refuses while parsing, with a syntax error. */
const TOO_MANY_TOKENS = /Document contains more that? \d+ tokens/;

/**
 * Wraps the error formatter: an operation stopped by the time limit answers one TIMEOUT error
 * (partial data would hide that anything was missing); the parser's token limit is reported as
 * QUERY_TOO_COMPLEX; and in production no message suggests field, type or argument names, so
 * the schema cannot be read through typos when introspection is closed.
 */
export function withPublicErrors<F extends Formatter>(formatter: F, production: boolean): F {
  return ((execution, context) => {
    const formatted = formatter(execution, context);
    let errors = formatted.response.errors ?? [];
    const timeout = errors.find((e) => e.extensions?.code === ErrorCode.TIMEOUT);
    if (timeout) return { statusCode: 200, response: { data: null, errors: [{ message: timeout.message, extensions: timeout.extensions }] } };
    errors = errors.map((e) =>
      TOO_MANY_TOKENS.test(e.message)
        ? { message: 'The query document has too many tokens', extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, reason: 'TOKENS' } }
        : e,
    );
    if (production) errors = errors.map((e) => ({ ...e, message: e.message.replace(SUGGESTION, '') }));
    const statusCode = errors.some((e) => e.extensions?.code === ErrorCode.QUERY_TOO_COMPLEX) && !formatted.response.data ? 400 : formatted.statusCode;
    return { statusCode, response: { ...formatted.response, errors } };
  }) as F;
}
