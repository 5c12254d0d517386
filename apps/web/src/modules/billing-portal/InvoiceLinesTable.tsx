import { Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { MyInvoiceQuery } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { payersOf, type Payer } from './invoice-payers';

type Line = NonNullable<MyInvoiceQuery['invoice']>['lines'][number];

const PAYER_COLORS: Record<Payer, string> = { free: 'purple', voucher: 'green', equity: 'gold', me: 'blue' };

/** The invoice's lines: card type, card-hours, price, amount, and who pays which part. */
export function InvoiceLinesTable({ lines }: { lines: readonly Line[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: ColumnsType<Line> = [
    { key: 'no', title: '#', dataIndex: 'lineNo', width: 48 },
    { key: 'project', title: t('billingPortal.project'), render: (_, line) => line.projectName ?? '—' },
    { key: 'cardType', title: t('billingPortal.cardType'), dataIndex: 'cardType' },
    { key: 'hours', title: t('billingPortal.cardHours'), align: 'right', render: (_, line) => format.cardHours(line.cardHours) },
    { key: 'price', title: t('billingPortal.unitPrice'), align: 'right', render: (_, line) => format.fen(line.unitPriceFen) },
    { key: 'amount', title: t('billingPortal.amount'), align: 'right', render: (_, line) => format.fen(line.amountFen) },
    {
      key: 'payers',
      title: t('billingPortal.whoPays'),
      render: (_, line) => (
        <Space size={4} wrap>
          {payersOf(line).map(({ payer, fen }) => (
            <Tag key={payer} color={PAYER_COLORS[payer]} data-payer={payer}>
              {t(`billingPortal.payer.${payer}`)} {format.fen(fen)}
            </Tag>
          ))}
        </Space>
      ),
    },
  ];
  return <Table<Line> rowKey="id" size="small" columns={columns} dataSource={[...lines]} pagination={false} scroll={{ x: 720 }} data-testid="invoice-lines" />;
}
