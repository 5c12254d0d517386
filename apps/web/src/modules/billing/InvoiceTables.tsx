import { Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { InvoiceDetailFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';
import { InvoiceStatusTag } from '../../shared/ui/InvoiceStatusTag';

type Line = InvoiceDetailFieldsFragment['lines'][number];
type Payment = InvoiceDetailFieldsFragment['payments'][number];
type Credit = InvoiceDetailFieldsFragment['creditNotes'][number];

export function InvoiceLinesTable({ lines }: { lines: readonly Line[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (key: 'unitPriceFen' | 'amountFen' | 'freeFen' | 'voucherFen' | 'equityFen' | 'cashFen', title: string) => ({
    title,
    key,
    align: 'right' as const,
    render: (_: unknown, line: Line) => format.fen(line[key]),
  });
  const columns: ColumnsType<Line> = [
    { title: '#', dataIndex: 'lineNo', width: 48 },
    {
      title: t('billing.detail.project'),
      key: 'project',
      render: (_, line) => (
        <>
          {line.projectId ? <Link to={`/projects/${line.projectId}`}>{line.projectName ?? line.projectId.slice(0, 8)}</Link> : '—'}
          {line.adaptation && <Tag style={{ marginInlineStart: 6 }}>{t('billing.detail.adaptation')}</Tag>}
        </>
      ),
    },
    { title: t('billing.prices.cardType'), dataIndex: 'cardType' },
    { title: t('billing.detail.cardHours'), key: 'cardHours', align: 'right', render: (_, line) => format.number(line.cardHours, 2) },
    money('unitPriceFen', t('billing.detail.unitPrice')),
    money('amountFen', t('billing.detail.amount')),
    money('freeFen', t('billing.detail.free')),
    money('voucherFen', t('billing.invoices.voucher')),
    money('equityFen', t('billing.detail.equity')),
    money('cashFen', t('billing.invoices.cash')),
  ];
  return (
    <Card size="small" title={t('billing.detail.lines')} style={{ marginTop: 16 }}>
      <Table<Line> rowKey="id" size="small" columns={columns} dataSource={[...lines]} pagination={false} scroll={{ x: 1000 }} locale={{ emptyText: t('billing.detail.noLines') }} data-testid="invoice-lines" />
    </Card>
  );
}

export function PaymentsAndCredits({ payments, creditNotes }: { payments: readonly Payment[]; creditNotes: readonly Credit[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const paymentColumns: ColumnsType<Payment> = [
    { title: t('billing.detail.paidOn'), dataIndex: 'paidOn' },
    { title: t('billing.detail.amount'), key: 'amount', align: 'right', render: (_, p) => format.fen(p.amountFen) },
    { title: t('billing.detail.bankReference'), dataIndex: 'bankReference' },
    { title: t('billing.detail.recordedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
  ];
  const creditColumns: ColumnsType<Credit> = [
    { title: t('billing.invoices.number'), key: 'number', render: (_, c) => c.number ?? '—' },
    { title: t('billing.invoices.status'), key: 'status', render: (_, c) => <InvoiceStatusTag status={c.status} /> },
    { title: t('billing.detail.amount'), key: 'amount', align: 'right', render: (_, c) => format.fen(c.totalFen) },
    { title: t('billing.detail.reason'), dataIndex: 'note' },
    { title: t('billing.detail.recordedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
  ];
  return (
    <>
      <Card size="small" title={t('billing.detail.payments')} style={{ marginTop: 16 }}>
        <Table<Payment> rowKey="id" size="small" columns={paymentColumns} dataSource={[...payments]} pagination={false} scroll={{ x: 560 }} locale={{ emptyText: t('billing.detail.noPayments') }} data-testid="invoice-payments" />
      </Card>
      <Card size="small" title={t('billing.detail.creditNotes')} style={{ marginTop: 16 }}>
        <Table<Credit> rowKey="id" size="small" columns={creditColumns} dataSource={[...creditNotes]} pagination={false} scroll={{ x: 600 }} locale={{ emptyText: t('billing.detail.noCredits') }} data-testid="invoice-credits" />
      </Card>
    </>
  );
}
