import { useQuery } from '@apollo/client/react';
import { Alert, Descriptions, List, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { sumFen } from './programme-model';
import { ApplicantHistoryQuery } from './vouchers.operations';

/** What the applicant has used and asked for before: its invoices and its earlier applications. */
export function ApplicantHistory({ organisationId, applicationId }: { organisationId: string; applicationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(ApplicantHistoryQuery, { variables: { organisationId } });
  if (loading && !data) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!data) return null;
  const invoices = data.invoices.edges.map((e) => e.node).filter((i) => i.status !== 'VOID' && i.status !== 'DRAFT');
  const earlier = data.voucherApplications.edges.map((e) => e.node).filter((a) => a.id !== applicationId);
  return (
    <div data-testid={`applicant-history-${applicationId}`}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
        <Descriptions.Item label={t('vouchers.queue.invoiced')}>{format.fen(sumFen(invoices.map((i) => i.totalFen)))}</Descriptions.Item>
        <Descriptions.Item label={t('vouchers.queue.invoiceCount')}>{invoices.length}</Descriptions.Item>
        <Descriptions.Item label={t('billing.balance.outstanding')}>{format.fen(data.billingBalance.outstandingFen)}</Descriptions.Item>
        <Descriptions.Item label={t('billing.balance.overdue')}>{format.fen(data.billingBalance.overdueFen)}</Descriptions.Item>
      </Descriptions>
      <List
        size="small"
        header={t('vouchers.queue.earlier')}
        locale={{ emptyText: t('vouchers.queue.noEarlier') }}
        dataSource={earlier}
        renderItem={(a) => (
          <List.Item>
            {formatDate(a.createdAt)} · {format.fen(a.requestedFen)} <Tag>{t(`vouchers.applicationStatus.${a.status}`, { defaultValue: a.status })}</Tag>
            {a.approvedFen && t('vouchers.queue.approvedAmount', { amount: format.fen(a.approvedFen) })}
          </List.Item>
        )}
      />
    </div>
  );
}
