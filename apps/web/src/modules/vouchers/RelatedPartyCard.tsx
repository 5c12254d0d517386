import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Form, Input, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUserErrorForm } from '../../shared/forms/use-user-error-form';
import { formatDateTime } from '../../shared/lib/datetime';
import { MarkRelatedPartyMutation, RelatedPartiesQuery, TenantOptionsQuery, UnmarkRelatedPartyMutation } from './vouchers.operations';

interface Values {
  organisationId: string;
  reason?: string;
}

/** Organisations related to the centre may not receive vouchers: the marked ones, and marking another (with the reason). */
export function RelatedPartyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const tenants = useQuery(TenantOptionsQuery);
  const related = useQuery(RelatedPartiesQuery);
  const refetchQueries = [RelatedPartiesQuery];
  const [mark, marking] = useMutation(MarkRelatedPartyMutation, { refetchQueries });
  const [unmark, unmarking] = useMutation(UnmarkRelatedPartyMutation, { refetchQueries });
  const { formError, submit } = useUserErrorForm(form);
  const marked = related.data?.relatedParties ?? [];
  const options = (tenants.data?.organisations.edges ?? [])
    .filter((e) => !marked.some((m) => m.organisationId === e.node.id))
    .map((e) => ({ value: e.node.id, label: e.node.name }));
  const onMark = async (v: Values) => {
    const done = await submit(() => mark({ variables: { input: { organisationId: v.organisationId, reason: (v.reason ?? '').trim() } } }).then((r) => r.data?.markRelatedParty));
    if (done) {
      form.resetFields();
      void message.success(t('vouchers.related.marked'));
    }
  };
  const onUnmark = async (organisationId: string) => {
    const done = await submit(() => unmark({ variables: { input: { organisationId } } }).then((r) => r.data?.unmarkRelatedParty));
    if (done) void message.success(t('vouchers.related.unmarked'));
  };
  return (
    <Card size="small" title={t('vouchers.related.title')} style={{ marginTop: 16 }} data-testid="related-party">
      <p>{t('vouchers.related.help')}</p>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 12 }} />}
      <List
        size="small"
        loading={related.loading}
        dataSource={marked}
        locale={{ emptyText: t('vouchers.related.none') }}
        data-testid="related-parties"
        renderItem={(party) => (
          <List.Item
            actions={[
              <Button key="unmark" size="small" loading={unmarking.loading} onClick={() => void onUnmark(party.organisationId)} data-testid={`unmark-related-${party.organisationId}`}>
                {t('vouchers.related.unmark')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={party.organisationName} description={<Typography.Text type="secondary">{party.reason} · {formatDateTime(party.markedAt)}</Typography.Text>} />
          </List.Item>
        )}
      />
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void onMark(v)} style={{ marginTop: 12 }}>
        <Form.Item name="organisationId" label={t('billing.invoices.organisation')} rules={[{ required: true, message: t('billing.required') }]}>
          <Select showSearch optionFilterProp="label" options={options} loading={tenants.loading} />
        </Form.Item>
        <Form.Item name="reason" label={t('billing.detail.reason')} rules={[{ required: true, whitespace: true, message: t('billing.required') }]}>
          <Input maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={marking.loading} data-testid="mark-related">
          {t('vouchers.related.mark')}
        </Button>
      </Form>
    </Card>
  );
}
