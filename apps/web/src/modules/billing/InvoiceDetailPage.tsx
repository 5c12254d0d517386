import { useQuery } from '@apollo/client/react';
import { Alert, Card, Descriptions, Result, Skeleton, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { formatDate, formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { InvoiceQuery } from './billing.operations';
import { DownloadButtons } from './DownloadButtons';
import { InvoiceActions } from './InvoiceActions';
import { InvoiceStatusTag } from '../../shared/ui/InvoiceStatusTag';
import { InvoiceLinesTable, PaymentsAndCredits } from './InvoiceTables';

export function InvoiceDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(InvoiceQuery, { variables: { id } });
  const invoice = data?.invoice;
  if (loading && !data) return <Skeleton active />;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
  if (!invoice) return <Result status="404" title={t('billing.detail.notFound')} extra={<Link to="/billing/invoices">{t('billing.detail.backToList')}</Link>} />;
  const name = invoice.number ?? t('enums.InvoiceStatus.DRAFT');
  const pdf = (['zh-CN', 'en'] as const).map((lang) => ({
    key: `pdf-${lang}`,
    label: t(`billing.detail.pdf.${lang}`),
    path: invoice.pdfPath,
    fileName: `${invoice.number ?? invoice.id}-${lang}.pdf`,
    query: { lang },
  }));
  const facts = [
    [t('billing.invoices.organisation'), invoice.organisation?.name ?? '—'],
    [t('billing.invoices.month'), invoice.periodMonth],
    [t('billing.detail.kind'), t(`enums.InvoiceKind.${invoice.kind}`)],
    [t('billing.detail.issuedAt'), formatDateTime(invoice.issuedAt)],
    [t('billing.invoices.due'), formatDate(invoice.dueAt)],
    [t('billing.invoices.total'), format.fen(invoice.totalFen)],
    [t('billing.detail.free'), format.fen(invoice.freeFen)],
    [t('billing.invoices.voucher'), format.fen(invoice.voucherFen)],
    [t('billing.detail.equity'), format.fen(invoice.equityFen)],
    [t('billing.invoices.cash'), format.fen(invoice.cashFen)],
    [t('billing.detail.paid'), format.fen(invoice.paidFen)],
    [t('billing.detail.credited'), format.fen(invoice.creditedFen)],
    [t('billing.invoices.balance'), format.fen(invoice.balanceFen)],
  ];
  return (
    <div>
      <PageHeader
        title={
          <Space wrap>
            {name}
            <InvoiceStatusTag status={invoice.status} overdue={invoice.overdue} />
          </Space>
        }
        subtitle={<Link to="/billing/invoices">{t('billing.detail.backToList')}</Link>}
        extra={
          <Space wrap>
            {invoice.status !== 'DRAFT' && <DownloadButtons choices={pdf} testId="invoice-pdf" />}
            {can('BILLING_WRITE') && <InvoiceActions invoice={invoice} />}
          </Space>
        }
      />
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="invoice-facts">
          {facts.map(([label, value]) => (
            <Descriptions.Item key={label} label={label}>
              {value}
            </Descriptions.Item>
          ))}
        </Descriptions>
        {invoice.note && <Alert type="info" title={invoice.note} style={{ marginTop: 8 }} />}
      </Card>
      <InvoiceLinesTable lines={invoice.lines} />
      <PaymentsAndCredits payments={invoice.payments} creditNotes={invoice.creditNotes} />
    </div>
  );
}
