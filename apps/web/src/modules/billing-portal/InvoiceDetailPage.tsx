import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { AskAboutThis } from '../consulting/AskAboutThis';
import { MyInvoiceQuery } from './billing-portal.operations';
import { InvoiceLinesTable } from './InvoiceLinesTable';
import { InvoiceStatusTag } from '../../shared/ui/InvoiceStatusTag';
import { PdfButtons } from './PdfButtons';

/** One bill: its totals and split, its lines, the payments received and the PDF in both languages. */
export function InvoiceDetailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(MyInvoiceQuery, { variables: { id } });
  const invoice = data?.invoice;
  const back = <Link to="/portal/bills"><ArrowLeftOutlined /> {t('billingPortal.backToBills')}</Link>;
  if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} description={back} />;
  if (!data && loading) return <Card><Skeleton active paragraph={{ rows: 8 }} /></Card>;
  if (!invoice) return <Empty description={t('common.notFound')} data-testid="invoice-not-found">{back}</Empty>;

  const summary = [
    { key: 'month', label: t('billingPortal.month'), children: invoice.periodMonth },
    { key: 'status', label: t('billingPortal.status'), children: <InvoiceStatusTag status={invoice.status} overdue={invoice.overdue} /> },
    { key: 'issued', label: t('billingPortal.issuedOn'), children: formatDate(invoice.issuedAt) },
    { key: 'due', label: t('billingPortal.dueDate'), children: formatDate(invoice.dueAt) },
    { key: 'total', label: t('billingPortal.total'), children: format.fen(invoice.totalFen) },
    { key: 'free', label: t('billingPortal.payer.free'), children: format.fen(invoice.freeFen) },
    { key: 'voucher', label: t('billingPortal.payer.voucher'), children: format.fen(invoice.voucherFen) },
    { key: 'equity', label: t('billingPortal.payer.equity'), children: format.fen(invoice.equityFen) },
    { key: 'cash', label: t('billingPortal.cashPart'), children: format.fen(invoice.cashFen) },
    { key: 'paid', label: t('billingPortal.paid'), children: format.fen(invoice.paidFen) },
    { key: 'credited', label: t('billingPortal.credited'), children: format.fen(invoice.creditedFen) },
    { key: 'balance', label: t('billingPortal.balance'), children: <strong data-testid="invoice-balance">{format.fen(invoice.balanceFen)}</strong> },
  ];
  return (
    <div data-testid="invoice-page">
      <div style={{ marginBottom: 8 }}>{back}</div>
      <PageHeader
        title={t('billingPortal.invoiceTitle', { number: invoice.number ?? t('billingPortal.draft') })}
        subtitle={t('billingPortal.billsSubtitle', { zone: format.timeZone })}
        extra={<Space wrap><AskAboutThis kind="INVOICE" id={invoice.id} /><PdfButtons pdfPath={invoice.pdfPath} number={invoice.number ?? null} /></Space>}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Card>
            <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={summary} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('billingPortal.lines')}>
            <InvoiceLinesTable lines={invoice.lines} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('billingPortal.payments')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              locale={{ emptyText: t('billingPortal.noPayments') }}
              dataSource={invoice.payments}
              scroll={{ x: 420 }}
              columns={[
                { key: 'on', title: t('billingPortal.paidOn'), dataIndex: 'paidOn' },
                { key: 'amount', title: t('billingPortal.amount'), align: 'right', render: (_, p) => format.fen(p.amountFen) },
                { key: 'ref', title: t('billingPortal.bankReference'), dataIndex: 'bankReference' },
              ]}
              data-testid="invoice-payments"
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
