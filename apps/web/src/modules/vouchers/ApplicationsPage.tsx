import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { VoucherApplicationFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { KindTag } from '../../shared/ui/enum-tags';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ApplicantHistory } from './ApplicantHistory';
import { QueueActions } from './QueueActions';
import { RelatedPartyCard } from './RelatedPartyCard';
import { VoucherQueueQuery } from './vouchers.operations';

type Row = VoucherApplicationFieldsFragment;

export function ApplicationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(VoucherQueueQuery);
  const rows = [...(data?.voucherApplications.edges.map((e) => e.node) ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const columns: ColumnsType<Row> = [
    {
      title: t('billing.invoices.organisation'),
      key: 'organisation',
      render: (_, a) => (
        <>
          <Typography.Text strong>{a.organisation?.name ?? '—'}</Typography.Text> {a.organisation && <KindTag kind={a.organisation.kind} />}
        </>
      ),
    },
    { title: t('vouchers.queue.requested'), key: 'amount', align: 'right', render: (_, a) => format.fen(a.requestedFen) },
    { title: t('vouchers.queue.purpose'), dataIndex: 'purpose', ellipsis: true },
    { title: t('vouchers.queue.submittedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
    { title: '', key: 'actions', render: (_, a) => <QueueActions application={a} /> },
  ];
  return (
    <div>
      <PageHeader title={t('vouchers.queue.title')} subtitle={t('vouchers.queue.subtitle', { zone: format.timeZone })} extra={<Link to="/vouchers">{t('vouchers.queue.back')}</Link>} />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 900 }}
          expandable={{ expandedRowRender: (a) => <ApplicantHistory organisationId={a.organisationId} applicationId={a.id} /> }}
          locale={{ emptyText: <Empty description={t('vouchers.queue.empty')} /> }}
          data-testid="voucher-queue"
        />
      </Card>
      <RelatedPartyCard />
    </div>
  );
}
