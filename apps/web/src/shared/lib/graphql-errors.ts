import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';

/** A top-level GraphQL or network failure, worded for the user. */
export function describeRequestError(error: unknown, t: TFunction): string {
  if (CombinedGraphQLErrors.is(error)) {
    const codes = error.errors.map((e) => (e.extensions as { code?: unknown } | undefined)?.code);
    if (codes.includes('FORBIDDEN')) return t('errors.forbidden');
    return t('errors.unknown', { message: error.errors.map((e) => e.message).join('; ') });
  }
  if (error instanceof Error) return t('errors.network');
  return t('errors.unknown', { message: String(error) });
}
