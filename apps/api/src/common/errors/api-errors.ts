import { GraphQLError } from 'graphql';
import { ErrorCode, UserErrorCode } from './error-codes.js';

/** A top-level error with a stable `extensions.code`. */
export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const unauthenticated = (message = 'Sign in first') => apiError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You may not do this') => apiError(ErrorCode.FORBIDDEN, message);
export const badUserInput = (message: string, extra: Record<string, unknown> = {}) =>
  apiError(ErrorCode.BAD_USER_INPUT, message, extra);

/**
 * A business failure a service reports; resolvers turn it into a payload `userError`.
 * Thrown inside a transaction it also rolls the transaction back, so nothing changes.
 */
export class DomainError extends Error {
  constructor(
    readonly code: UserErrorCode,
    message: string,
    readonly field: string[] | null = null,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
