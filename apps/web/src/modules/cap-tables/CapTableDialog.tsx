import { Alert, Button, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import type { UserErrorLike } from '../../shared/lib/user-errors';

export interface CapTableDialogProps<Values> {
  /** `cap-<testId>` on the button, `cap-<testId>-form` on the form. */
  testId: string;
  label: string;
  icon?: ReactNode;
  /** The form's items; given the form so fields can depend on each other. */
  children: (form: FormInstance<Values>) => ReactNode;
  /** Sends the mutation; the payload (with userErrors) or nothing. */
  run: (values: Values) => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>;
  /** The form field an API input field is shown on, where their names differ. */
  fieldOf?: Record<string, string>;
  initialValues?: Partial<Values>;
}

/** A button that opens a form in a modal; the mutation's userErrors show under their fields, the rest above the form. */
export function CapTableDialog<Values extends object>({ testId, label, icon, children, run, fieldOf, initialValues }: CapTableDialogProps<Values>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useUserErrorForm(form, { fieldOf: (field) => (field ? (fieldOf?.[field] ?? field) : undefined) });
  const submit = async (values: Values) => {
    setBusy(true);
    try {
      if (await errors.submit(() => run(values))) {
        setOpen(false);
        form.resetFields();
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={icon} onClick={() => (errors.clearError(), setOpen(true))} data-testid={`cap-${testId}`}>
        {label}
      </Button>
      <Modal open={open} title={label} onCancel={() => setOpen(false)} onOk={() => form.submit()} okText={t('capTables.form.ok')} confirmLoading={busy} destroyOnHidden>
        {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 16 }} data-testid={`cap-${testId}-error`} />}
        <Form<Values> form={form} name={testId} layout="vertical" initialValues={initialValues} onFinish={(values) => void submit(values)} data-testid={`cap-${testId}-form`}>
          {children(form)}
        </Form>
      </Modal>
    </>
  );
}
