import { Alert, Button, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import type { UserErrorLike } from '../../shared/lib/user-errors';
import { useMoneyAction } from './use-money-action';

interface Props<Values extends object> {
  label: string;
  title: string;
  okText: string;
  danger?: boolean;
  primary?: boolean;
  testId: string;
  children: ReactNode;
  run: (values: Values, idempotencyKey: string) => Promise<{ userErrors: readonly UserErrorLike[] } | null | undefined>;
}

/** A button that opens a small form for one invoice action. */
export function InvoiceActionDialog<Values extends object>({ label, title, okText, danger, primary, testId, children, run }: Props<Values>) {
  const { form, open, show, close, submit, busy, formError } = useMoneyAction<Values>(run);
  return (
    <>
      <Button danger={danger} type={primary ? 'primary' : 'default'} onClick={show} data-testid={testId}>
        {label}
      </Button>
      <Modal open={open} title={title} onCancel={close} onOk={() => form.submit()} okText={okText} okButtonProps={{ danger, ...{ 'data-testid': `${testId}-ok` } }} confirmLoading={busy} forceRender>
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" onFinish={(values: Values) => void submit(values)} data-testid={`${testId}-form`}>
          {children}
        </Form>
      </Modal>
    </>
  );
}
