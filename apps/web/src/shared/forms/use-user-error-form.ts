import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../lib/graphql-errors';
import { describeUserError, placeUserErrors, userErrorField, type UserErrorLike } from '../lib/user-errors';

/** The field names an antd form has registered (the last segment of each name path). */
function registeredFields(form: FormInstance | undefined): string[] {
  return (form?.getFieldsError() ?? []).map(({ name }) => String(name[name.length - 1]));
}

export interface UserErrorFormOptions {
  /** The reader's words for an error, where the generic description is not enough. */
  describe?: (error: UserErrorLike) => string | undefined;
  /** The form field an API input field is shown on, where they differ (e.g. durationS → hours). */
  fieldOf?: (apiField: string | undefined) => string | undefined;
}

/** The errors with their field renamed to the form's, or none when the form has no such field. */
export function onFormFields(errors: readonly UserErrorLike[], fieldOf: UserErrorFormOptions['fieldOf']): readonly UserErrorLike[] {
  if (!fieldOf) return errors;
  return errors.map((error) => {
    const field = fieldOf(userErrorField(error));
    return { ...error, field: field ? [field] : null };
  });
}

/**
 * A form that shows a mutation's `userErrors { code field message }`: under the named field when the
 * form has it, the rest (and request failures) in one form-level alert, `formError`.
 */
export function useUserErrorForm(form?: FormInstance, options: UserErrorFormOptions = {}) {
  const { t } = useTranslation();
  const { describe, fieldOf } = options;
  const [formError, setFormError] = useState<string | null>(null);

  /** Shows these user errors; true when there were none (no payload at all is no success). */
  const showUserErrors = useCallback(
    (errors: readonly UserErrorLike[] | null | undefined): boolean => {
      if (!errors) return false;
      const placed = placeUserErrors(onFormFields(errors, fieldOf), registeredFields(form), t, (error) => describe?.(error) ?? describeUserError(error, t));
      if (placed.fields.length > 0) form?.setFields(placed.fields);
      setFormError(placed.formError);
      return placed.fields.length === 0 && placed.formError === null;
    },
    [form, t, describe, fieldOf],
  );

  /**
   * Runs a mutation and shows its payload's user errors; the payload when it succeeded, else null.
   * A request that fails (network, authorisation) shows in the alert too.
   */
  const submit = useCallback(
    async <Payload extends { userErrors: readonly UserErrorLike[] }>(mutation: () => Promise<Payload | null | undefined>): Promise<Payload | null> => {
      setFormError(null);
      try {
        const payload = await mutation();
        return showUserErrors(payload?.userErrors) ? (payload ?? null) : null;
      } catch (error) {
        setFormError(describeRequestError(error, t));
        return null;
      }
    },
    [showUserErrors, t],
  );

  const clearError = useCallback(() => setFormError(null), []);

  return { formError, setFormError, showUserErrors, submit, clearError };
}
