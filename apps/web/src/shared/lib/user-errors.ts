import type { TFunction } from 'i18next';

export interface UserErrorLike {
  code: string;
  message: string;
  field?: readonly string[] | null;
}

/**
 * A business error in the user's language: the code decides the headline (translated here),
 * the server's message adds the specifics for validation failures.
 */
export function describeUserError(error: UserErrorLike, t: TFunction): string {
  const key = `enums.UserErrorCode.${error.code}`;
  const headline = t(key, { defaultValue: error.message });
  if (error.code === 'VALIDATION_FAILED' && error.message && error.message !== headline) {
    return `${headline}：${error.message}`;
  }
  return headline;
}

/** The form field a user error points at: the last path segment, e.g. ["input","name"] → "name". */
export function userErrorField(error: UserErrorLike): string | undefined {
  const path = error.field ?? [];
  return path.length > 0 ? path[path.length - 1] : undefined;
}
