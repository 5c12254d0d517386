import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, InputNumber, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { useSession } from '../auth/session-context';
import { BillingSettingsQuery, UpdateBillingSettingsMutation } from './billing.operations';

/** The two orders the setting allows: FREE first and CASH last are fixed, vouchers and equity credit swap. */
export const PAYER_ORDERS = {
  VOUCHER_FIRST: ['FREE', 'VOUCHER', 'EQUITY', 'CASH'],
  EQUITY_FIRST: ['FREE', 'EQUITY', 'VOUCHER', 'CASH'],
} as const;
export type PayerOrderChoice = keyof typeof PAYER_ORDERS;

export function payerOrderChoiceOf(order: readonly string[] | undefined): PayerOrderChoice {
  return order?.[1] === 'EQUITY' ? 'EQUITY_FIRST' : 'VOUCHER_FIRST';
}

interface Values {
  paymentTermsDays: number;
  payerOrder: PayerOrderChoice;
}

/** Payment terms and who pays a line first (city vouchers or equity credit), for invoices issued from now on. */
export function BillingSettingsCard() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { data, error } = useQuery(BillingSettingsQuery);
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<Values>();
  const errors = useUserErrorForm(form, { fieldOf: (field) => field ?? undefined });
  const [mutate, { loading }] = useMutation(UpdateBillingSettingsMutation, { refetchQueries: [BillingSettingsQuery], awaitRefetchQueries: true });
  const settings = data?.billingSettings;
  const choice = payerOrderChoiceOf(settings?.payerOrder);

  const save = async (values: Values) => {
    const payload = await errors.submit(() =>
      mutate({ variables: { input: { paymentTermsDays: values.paymentTermsDays, payerOrder: [...PAYER_ORDERS[values.payerOrder]] } } }).then((r) => r.data?.updateBillingSettings),
    );
    if (payload) setEditing(false);
  };

  return (
    <Card
      title={t('billing.settings.title')}
      style={{ marginTop: 16 }}
      data-testid="billing-settings"
      extra={
        can('PRICE_WRITE') && settings && !editing ? (
          <Button size="small" onClick={() => { errors.clearError(); form.setFieldsValue({ paymentTermsDays: settings.paymentTermsDays, payerOrder: choice }); setEditing(true); }} data-testid="billing-settings-edit">
            {t('billing.settings.edit')}
          </Button>
        ) : null
      }
    >
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {settings && !editing && (
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('billing.settings.paymentTerms')}>{t('billing.settings.days', { count: settings.paymentTermsDays })}</Descriptions.Item>
          <Descriptions.Item label={t('billing.settings.payerOrder')}>
            <span data-testid="billing-settings-order">{settings.payerOrder.map((payer) => t(`billing.settings.payers.${payer}`)).join(' → ')}</span>
          </Descriptions.Item>
        </Descriptions>
      )}
      {editing && (
        <Form<Values> form={form} layout="vertical" onFinish={save} requiredMark={false}>
          {errors.formError && <Alert type="error" showIcon title={errors.formError} style={{ marginBottom: 12 }} />}
          <Form.Item name="paymentTermsDays" label={t('billing.settings.paymentTerms')} rules={[{ required: true, type: 'integer', min: 1, max: 365, message: t('billing.settings.termsRule') }]}>
            <InputNumber min={1} max={365} precision={0} addonAfter={t('billing.settings.daysUnit')} data-testid="billing-settings-terms" />
          </Form.Item>
          <Form.Item name="payerOrder" label={t('billing.settings.payerOrder')} extra={t('billing.settings.payerOrderHelp')}>
            <Radio.Group data-testid="billing-settings-payers">
              <Space direction="vertical">
                {(Object.keys(PAYER_ORDERS) as PayerOrderChoice[]).map((key) => (
                  <Radio key={key} value={key} data-testid={`payer-order-${key}`}>
                    {PAYER_ORDERS[key].map((payer) => t(`billing.settings.payers.${payer}`)).join(' → ')}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={loading} data-testid="billing-settings-save">{t('billing.settings.save')}</Button>
            <Button onClick={() => setEditing(false)}>{t('billing.settings.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
