import { useMutation } from '@apollo/client/react';
import { Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { BillingRunFieldsFragment } from '../../gql/graphql';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { BillingSummaryQuery, InvoicesQuery, RunBillingMutation } from './billing.operations';
import { previousShanghaiMonth } from './money-input';

export interface RunBillingValues {
  month: Dayjs;
  issue: boolean;
}

export function useRunBilling() {
  const [form] = Form.useForm<RunBillingValues>();
  const [open, setOpen] = useState(false);
  const [key, setKey] = useState('');
  const [run, setRun] = useState<BillingRunFieldsFragment | null>(null);
  const [mutate, { loading }] = useMutation(RunBillingMutation, { refetchQueries: [BillingSummaryQuery, InvoicesQuery] });
  const errors = useUserErrorForm(form, { fieldOf: (field) => (field === 'month' ? 'month' : undefined) });

  const show = () => {
    // One key per opened form: a double click or a retry runs the month once.
    setKey(crypto.randomUUID());
    setRun(null);
    errors.clearError();
    form.setFieldsValue({ month: dayjs(`${previousShanghaiMonth()}-01`), issue: true });
    setOpen(true);
  };
  const submit = async (values: RunBillingValues) => {
    const input = { month: values.month.format('YYYY-MM'), issue: values.issue, idempotencyKey: key };
    const payload = await errors.submit(() => mutate({ variables: { input } }).then((r) => r.data?.runBilling));
    if (payload?.run) setRun(payload.run);
  };
  return { form, open, show, close: () => setOpen(false), submit, loading, run, formError: errors.formError };
}
