import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CreditLineFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';

type Draw = CreditLineFieldsFragment['draws'][number];

/** Every draw, newest first, each linking to the invoice that made it (where the reader sees invoices). */
export function DrawsTable({ draws, invoiceHref }: { draws: readonly Draw[]; invoiceHref: (invoiceId: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table<Draw>
      rowKey="id"
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={[...draws].reverse()}
      scroll={{ x: 520 }}
      locale={{ emptyText: t('creditLines.noDraws') }}
      data-testid="draws-table"
      columns={[
        { key: 'at', title: t('creditLines.draw.at', { zone: format.timeZone }), render: (_, d) => formatDateTime(d.drawnAt) },
        { key: 'tranche', title: t('creditLines.draw.tranche'), render: (_, d) => t('creditLines.tranche.name', { no: d.trancheNo + 1 }) },
        { key: 'amount', title: t('creditLines.draw.amount'), align: 'right', render: (_, d) => format.fen(d.amountFen) },
        {
          key: 'invoice',
          title: t('creditLines.draw.invoice'),
          render: (_, d) => <Link to={invoiceHref(d.invoiceId)} data-testid={`draw-invoice-${d.id}`}>{d.invoiceNumber ?? t('creditLines.draw.invoiceWithoutNumber')}</Link>,
        },
      ]}
    />
  );
}
