import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/i18n/use-locale';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { BillingSummaryQuery, InvoicesQuery } from './billing.operations';
import { BillingBalanceCards, RecentRuns } from './BillingSummary';
import { DownloadButtons } from './DownloadButtons';
import { useInvoiceColumns } from './invoice-columns';
import { InvoiceFilters, type InvoiceFilterValues } from './InvoiceFilters';
import { RunBillingDialog } from './RunBillingDialog';

const PAGE = 20;

export function InvoicesPage() {
  const { t } = useTranslation();
  const lang = useLocale();
  const { can } = useSession();
  const [filters, setFilters] = useState<InvoiceFilterValues>({});
  const summary = useQuery(BillingSummaryQuery);
  const { data, loading, error, fetchMore } = useQuery(InvoicesQuery, {
    variables: { first: PAGE, periodMonth: filters.month, status: filters.status, overdueOnly: filters.overdueOnly || undefined },
    notifyOnNetworkStatusChange: true,
  });
  const columns = useInvoiceColumns();
  const exportChoices = (['csv', 'xlsx'] as const).map((ext) => ({
    key: `invoices-${ext}`,
    label: t(`billing.export.${ext}`),
    path: `/api/billing/exports/invoices.${ext}`,
    fileName: `invoices${filters.month ? `-${filters.month}` : ''}.${ext}`,
    query: { month: filters.month, lang },
  }));
  const failure = error ?? summary.error;
  return (
    <div>
      <PageHeader
        title={t('billing.invoices.title')}
        subtitle={t('billing.invoices.subtitle')}
        extra={
          <Space wrap>
            <DownloadButtons choices={exportChoices} testId="invoice-exports" />
            {can('BILLING_WRITE') && <RunBillingDialog />}
          </Space>
        }
      />
      {failure && <Alert type="error" showIcon title={describeRequestError(failure, t)} style={{ marginBottom: 16 }} />}
      <BillingBalanceCards balance={summary.data?.billingBalance} />
      <Card title={<InvoiceFilters value={filters} onChange={setFilters} />} styles={{ header: { paddingBlock: 8 } }}>
        {data && data.invoices.totalCount === 0 ? (
          <Empty description={t(filters.month || filters.status || filters.overdueOnly ? 'billing.invoices.emptyFiltered' : 'billing.invoices.empty')} />
        ) : (
          <ConnectionTable
            connection={data?.invoices}
            columns={columns}
            loading={loading}
            onLoadMore={(after) => void fetchMore({ variables: { after } })}
            scrollX={1100}
            testId="invoice-table"
          />
        )}
      </Card>
      <RecentRuns runs={summary.data?.billingRuns ?? []} />
    </div>
  );
}
