import { Form } from 'antd';
import { useState } from 'react';
import type { UserErrorLike } from '../../shared/lib/user-errors';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';

/** The API fields a money form shows on its own fields (amountFen → amount). */
export function moneyFieldOf(field: string | undefined): string | undefined {
  if (!field) return undefined;
  return field.endsWith('Fen') ? field.slice(0, -3) : field;
}

/**
 * One dialog of an invoice action: its form, a fresh idempotency key each time it opens (a double
 * click or a retry does not pay twice), the user errors on the fields, and closing on success.
 */
export function useMoneyAction<Values extends object>(
  run: (values: Values, idempotencyKey: string) => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>,
) {
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const errors = useUserErrorForm(form, { fieldOf: moneyFieldOf });
  const show = () => {
    setKey(crypto.randomUUID());
    errors.clearError();
    form.resetFields();
    setOpen(true);
  };
  const submit = async (values: Values) => {
    setBusy(true);
    const payload = await errors.submit(() => run(values, key));
    setBusy(false);
    if (payload) setOpen(false);
  };
  return { form, open, show, close: () => setOpen(false), submit, busy, formError: errors.formError };
}
