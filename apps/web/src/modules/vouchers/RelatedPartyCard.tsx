import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { MarkRelatedPartyMutation, TenantOptionsQuery, UnmarkRelatedPartyMutation } from './vouchers.operations';

interface Values {
  organisationId: string;
  reason?: string;
}

/** Organisations related to the centre may not receive vouchers: mark one (with the reason) or unmark it. */
export function RelatedPartyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tenants = useQuery(TenantOptionsQuery);
  const [mark, marking] = useMutation(MarkRelatedPartyMutation);
  const [unmark, unmarking] = useMutation(UnmarkRelatedPartyMutation);
  const { formError, submit } = useUserErrorForm(form);
  const options = tenants.data?.organisations.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  const onMark = async (v: Values) => {
    const done = await submit(() => mark({ variables: { input: { organisationId: v.organisationId, reason: (v.reason ?? '').trim() } } }).then((r) => r.data?.markRelatedParty));
    if (done) void message.success(t('vouchers.related.marked'));
  };
  const onUnmark = async () => {
    const organisationId = form.getFieldValue('organisationId') as string | undefined;
    if (!organisationId) return void form.validateFields(['organisationId']);
    const done = await submit(() => unmark({ variables: { input: { organisationId } } }).then((r) => r.data?.unmarkRelatedParty));
    if (done) void message.success(t('vouchers.related.unmarked'));
  };
  return (
    <Card size="small" title={t('vouchers.related.title')} style={{ marginTop: 16 }} data-testid="related-party">
      <p>{t('vouchers.related.help')}</p>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onMark(v)}>
        <Form.Item name="organisationId" label={t('billing.invoices.organisation')} rules={[{ required: true, message: t('billing.required') }]}>
          <Select showSearch optionFilterProp="label" options={options} loading={tenants.loading} />
        </Form.Item>
        <Form.Item name="reason" label={t('billing.detail.reason')}>
          <Input maxLength={500} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={marking.loading} data-testid="mark-related">
            {t('vouchers.related.mark')}
          </Button>
          <Button onClick={() => void onUnmark()} loading={unmarking.loading} data-testid="unmark-related">
            {t('vouchers.related.unmark')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
