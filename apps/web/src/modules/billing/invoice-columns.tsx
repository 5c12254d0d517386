import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InvoiceRowFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDate } from '../../shared/lib/datetime';
import { InvoiceStatusTag } from '../../shared/ui/InvoiceStatusTag';

export function useInvoiceColumns(): ColumnsType<InvoiceRowFieldsFragment> {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (key: keyof InvoiceRowFieldsFragment, title: string) => ({
    title,
    key,
    align: 'right' as const,
    render: (_: unknown, row: InvoiceRowFieldsFragment) => format.fen(row[key] as string),
  });
  return [
    {
      title: t('billing.invoices.number'),
      key: 'number',
      fixed: 'left',
      render: (_, row) => <Link to={`/billing/invoices/${row.id}`} data-testid={`invoice-${row.id}`}>{row.number ?? t('enums.InvoiceStatus.DRAFT')}</Link>,
    },
    { title: t('billing.invoices.organisation'), key: 'organisation', render: (_, row) => row.organisation?.name ?? '—' },
    { title: t('billing.invoices.month'), dataIndex: 'periodMonth' },
    { title: t('billing.invoices.status'), key: 'status', render: (_, row) => <InvoiceStatusTag status={row.status} overdue={row.overdue} /> },
    money('totalFen', t('billing.invoices.total')),
    money('voucherFen', t('billing.invoices.voucher')),
    money('cashFen', t('billing.invoices.cash')),
    money('balanceFen', t('billing.invoices.balance')),
    { title: t('billing.invoices.due'), key: 'dueAt', render: (_, row) => formatDate(row.dueAt) },
  ];
}
