import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyBillsQuery as MyBillsResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDate } from '../../shared/format/format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { BalanceBanner } from './BalanceBanner';
import { MyBillsQuery } from './billing-portal.operations';
import { appendPage } from './invoice-payers';
import { InvoiceStatusTag } from '../../shared/ui/InvoiceStatusTag';

type Row = MyBillsResult['invoices']['edges'][number]['node'];

/** 我的账单: what is owed, then every invoice, newest first. */
export function BillsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, fetchMore } = useQuery(MyBillsQuery, { variables: { first: 20 } });
  const connection = data?.invoices;
  const columns: ColumnsType<Row> = [
    {
      key: 'number',
      title: t('billingPortal.number'),
      fixed: 'left',
      render: (_, row) => (
        <>
          <Link to={`/portal/bills/${row.id}`} data-testid="bill-link">{row.number ?? t('billingPortal.draft')}</Link>
          {row.kind === 'CREDIT_NOTE' && <Tag style={{ marginInlineStart: 6 }}>{t('enums.InvoiceKind.CREDIT_NOTE')}</Tag>}
        </>
      ),
    },
    { key: 'month', title: t('billingPortal.month'), dataIndex: 'periodMonth' },
    { key: 'status', title: t('billingPortal.status'), render: (_, row) => <InvoiceStatusTag status={row.status} overdue={row.overdue} /> },
    { key: 'total', title: t('billingPortal.total'), align: 'right', render: (_, row) => format.fen(row.totalFen) },
    { key: 'voucher', title: t('billingPortal.voucherPart'), align: 'right', render: (_, row) => format.fen(row.voucherFen) },
    { key: 'cash', title: t('billingPortal.cashPart'), align: 'right', render: (_, row) => format.fen(row.cashFen) },
    { key: 'balance', title: t('billingPortal.balance'), align: 'right', render: (_, row) => <strong>{format.fen(row.balanceFen)}</strong> },
    { key: 'due', title: t('billingPortal.dueDate'), render: (_, row) => formatDate(row.dueAt) },
  ];
  const loadMore = (after: string) =>
    void fetchMore({ variables: { after }, updateQuery: (prev, { fetchMoreResult }) => ({ ...fetchMoreResult, invoices: appendPage(prev.invoices, fetchMoreResult.invoices) }) });

  return (
    <div data-testid="bills-page">
      <PageHeader title={t('billingPortal.billsTitle')} subtitle={t('billingPortal.billsSubtitle', { zone: format.timeZone })} />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {!data && loading ? (
        <Card><Skeleton active paragraph={{ rows: 6 }} /></Card>
      ) : data ? (
        <>
          <BalanceBanner balance={data.billingBalance} />
          <Card title={t('billingPortal.invoices')} style={{ marginTop: 16 }}>
            {connection && connection.totalCount === 0 ? (
              <Empty description={t('billingPortal.noBills')} data-testid="bills-empty" />
            ) : (
              <ConnectionTable<Row> connection={connection} columns={columns} loading={loading} onLoadMore={loadMore} scrollX={900} testId="bills-table" />
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
