import { Card, Col, Row, Statistic, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { BillingRunFieldsFragment, BillingSummaryQuery as SummaryResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';

export function BillingBalanceCards({ balance }: { balance: SummaryResult['billingBalance'] | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = [
    { key: 'outstanding', title: t('billing.balance.outstanding'), value: format.fen(balance?.outstandingFen) },
    { key: 'overdue', title: t('billing.balance.overdue'), value: format.fen(balance?.overdueFen) },
    { key: 'open', title: t('billing.balance.openCount'), value: balance?.openCount ?? '—' },
    { key: 'overdueCount', title: t('billing.balance.overdueCount'), value: balance?.overdueCount ?? '—' },
  ];
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="billing-balance">
      {items.map((item) => (
        <Col key={item.key} xs={24} sm={12} md={6}>
          <Card size="small">
            <Statistic title={item.title} value={item.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function RecentRuns({ runs }: { runs: readonly BillingRunFieldsFragment[] }) {
  const { t } = useTranslation();
  const columns: ColumnsType<BillingRunFieldsFragment> = [
    { title: t('billing.invoices.month'), dataIndex: 'periodMonth' },
    { title: t('billing.runs.status'), dataIndex: 'status', render: (s: string) => t(`billing.runs.statuses.${s}`, { defaultValue: s }) },
    { title: t('billing.runs.created'), dataIndex: 'invoicesCreated', align: 'right' },
    { title: t('billing.runs.skipped'), dataIndex: 'organisationsSkipped', align: 'right' },
    { title: t('billing.runs.finishedAt'), dataIndex: 'finishedAt', render: (v: string | null) => formatDateTime(v) },
  ];
  return (
    <Card size="small" title={t('billing.runs.recent')} style={{ marginTop: 16 }}>
      <Table<BillingRunFieldsFragment>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={runs.slice(0, 6)}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('billing.runs.empty') }}
        data-testid="billing-runs"
      />
    </Card>
  );
}
