import { useMutation } from '@apollo/client/react';
import { Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoucherApplicationFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { InvoiceActionDialog } from '../billing/InvoiceActionDialog';
import { yuanToFen } from '../../shared/lib/money';
import { useYuanRule } from '../billing/use-yuan-rule';
import { ApproveVoucherApplicationMutation, RejectVoucherApplicationMutation, VoucherProgrammesQuery, VoucherQueueQuery } from './vouchers.operations';

export function QueueActions({ application }: { application: VoucherApplicationFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refetchQueries = [VoucherQueueQuery, VoucherProgrammesQuery];
  const [approve] = useMutation(ApproveVoucherApplicationMutation, { refetchQueries });
  const [reject] = useMutation(RejectVoucherApplicationMutation, { refetchQueries });
  const applicationId = application.id;
  const optionalYuan = useYuanRule(true);
  return (
    <Space wrap>
      <InvoiceActionDialog<{ amount?: string }>
        primary
        label={t('vouchers.queue.approve')}
        title={t('vouchers.queue.approveTitle', { name: application.organisation?.name ?? '' })}
        okText={t('vouchers.queue.approve')}
        testId={`approve-${applicationId}`}
        run={(v, idempotencyKey) =>
          approve({ variables: { input: { applicationId, idempotencyKey, amountFen: yuanToFen(v.amount) ?? undefined } } }).then((r) => r.data?.approveVoucherApplication)
        }
      >
        <Form.Item name="amount" label={t('vouchers.queue.approveAmount')} rules={[optionalYuan]} extra={t('vouchers.queue.approveHelp', { amount: format.fen(application.requestedFen) })}>
          <Input inputMode="decimal" prefix="¥" />
        </Form.Item>
      </InvoiceActionDialog>
      <InvoiceActionDialog<{ reason: string }>
        danger
        label={t('vouchers.queue.reject')}
        title={t('vouchers.queue.reject')}
        okText={t('vouchers.queue.reject')}
        testId={`reject-${applicationId}`}
        run={(v) => reject({ variables: { input: { applicationId, reason: v.reason.trim() } } }).then((r) => r.data?.rejectVoucherApplication)}
      >
        <Form.Item name="reason" label={t('billing.detail.reason')} rules={[{ required: true, whitespace: true, message: t('billing.required') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </InvoiceActionDialog>
    </Space>
  );
}
