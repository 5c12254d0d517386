import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { BillingRunResult } from './BillingRunResult';
import { useRunBilling, type RunBillingValues } from './use-run-billing';

export function RunBillingDialog() {
  const { t } = useTranslation();
  const { form, open, show, close, submit, loading, run, formError } = useRunBilling();
  return (
    <>
      <Button type="primary" icon={<ThunderboltOutlined />} onClick={show} data-testid="run-billing">
        {t('billing.runs.run')}
      </Button>
      <Modal
        open={open}
        title={t('billing.runs.run')}
        onCancel={close}
        onOk={run ? close : () => form.submit()}
        okText={run ? t('billing.close') : t('billing.runs.runOk')}
        cancelButtonProps={{ style: run ? { display: 'none' } : undefined }}
        confirmLoading={loading}
        okButtonProps={{ ...{ 'data-testid': 'run-billing-ok' } }}
        forceRender
      >
        {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
        {run ? (
          <BillingRunResult run={run} />
        ) : (
          <Form<RunBillingValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} data-testid="run-billing-form">
            <Form.Item name="month" label={t('billing.invoices.month')} rules={[{ required: true, message: t('billing.required') }]}>
              <DatePicker picker="month" style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
            <Form.Item name="issue" label={t('billing.runs.issue')} valuePropName="checked" extra={t('billing.runs.issueHelp')}>
              <Switch />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
