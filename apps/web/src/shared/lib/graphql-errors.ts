import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

interface ErrorLike {
  message?: string;
  extensions?: { code?: unknown; retryAfterSeconds?: unknown };
}

/** The seconds to wait when sign-in answered TOO_MANY_ATTEMPTS (HTTP 429, or a GraphQL error), else null. */
export function retryAfterOf(error: unknown): number | null {
  let errors: readonly ErrorLike[] = [];
  if (CombinedGraphQLErrors.is(error)) errors = error.errors as readonly ErrorLike[];
  else if (ServerError.is(error) && error.statusCode === 429) {
    try {
      errors = (JSON.parse(error.bodyText) as { errors?: ErrorLike[] }).errors ?? [];
    } catch {
      return Number(error.response.headers.get('retry-after')) || 60;
    }
  }
  const throttled = errors.find((e) => e.extensions?.code === 'TOO_MANY_ATTEMPTS');
  if (!throttled) return null;
  const seconds = Number(throttled.extensions?.retryAfterSeconds);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

/** A top-level GraphQL or network failure, worded for the user. */
export function describeRequestError(error: unknown, t: TFunction): string {
  const retryAfter = retryAfterOf(error);
  if (retryAfter !== null) return t('auth.tooManyAttempts', { seconds: retryAfter });
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => (e.extensions as { code?: unknown } | undefined)?.code);
    if (codes.includes('FORBIDDEN')) return t('errors.forbidden');
    return t('errors.unknown', { message: error.errors.map((e) => e.message).join('; ') });
  }
  if (error instanceof Error) return t('errors.network');
  return t('errors.unknown', { message: String(error) });
}
