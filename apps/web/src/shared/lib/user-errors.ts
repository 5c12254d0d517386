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
    return `${headline}${t('common.detailSeparator', { defaultValue: '：' })}${error.message}`;
  }
  return headline;
}

/** The form field a user error points at: the last path segment, e.g. ["input","name"] → "name". */
export function userErrorField(error: UserErrorLike): string | undefined {
  const path = error.field ?? [];
  return path.length > 0 ? path[path.length - 1] : undefined;
}

/** Several messages as one sentence, with the language's own separator (never a full-width '；' in English). */
export function joinMessages(messages: readonly string[], t: TFunction): string {
  return messages.join(t('common.listSeparator', { defaultValue: '；' }));
}

export interface UserErrorPlacement {
  /** Messages shown under the form field they name. */
  fields: { name: string; errors: string[] }[];
  /** What names no field of the form: one line for the alert above it, or null. */
  formError: string | null;
}

/**
 * Where each business error of a payload is shown: under the field it names when the form has that
 * field, otherwise in the form's alert, each message in the reader's language.
 */
export function placeUserErrors(
  errors: readonly UserErrorLike[],
  formFields: readonly string[],
  t: TFunction,
  describe: (error: UserErrorLike) => string = (error) => describeUserError(error, t),
): UserErrorPlacement {
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const error of errors) {
    const field = userErrorField(error);
    const text = describe(error);
    if (field && formFields.includes(field)) byField.set(field, [...(byField.get(field) ?? []), text]);
    else rest.push(text);
  }
  return {
    fields: [...byField].map(([name, messages]) => ({ name, errors: messages })),
    formError: rest.length > 0 ? joinMessages(rest, t) : null,
  };
}
