import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { CardPriceFieldsFragment, PriceListQuery as PriceListResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { PriceListQuery } from './billing.operations';
import { basisPointsToPercent } from '../../shared/lib/money';
import { PublishPriceDialog } from './PublishPriceDialog';
import { BillingSettingsCard } from './BillingSettingsCard';

type Entry = PriceListResult['priceList'][number];

export function PricesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { can } = useSession();
  const { data, loading, error, refetch } = useQuery(PriceListQuery);
  const entries = data?.priceList ?? [];
  const discount = (price: CardPriceFieldsFragment | null) => {
    const percent = basisPointsToPercent(price?.discountBasisPoints);
    return percent == null ? '—' : `${format.number(percent, 2)}%`;
  };
  const priceText = (price: CardPriceFieldsFragment | null) => (price ? format.fen(price.priceFen) : '—');
  const columns: ColumnsType<Entry> = [
    { title: t('billing.prices.cardType'), dataIndex: 'cardType', render: (value: string) => <Typography.Text strong>{value}</Typography.Text> },
    { title: t('billing.prices.current'), align: 'right', render: (_, e) => (e.current ? priceText(e.current) : <Tag color="warning">{t('billing.prices.noPrice')}</Tag>) },
    { title: t('billing.prices.market'), align: 'right', render: (_, e) => format.fen(e.current?.marketPriceFen) },
    { title: t('billing.prices.discount'), align: 'right', render: (_, e) => discount(e.current) },
    { title: t('billing.prices.since'), render: (_, e) => formatDateTime(e.current?.effectiveFrom) },
    {
      title: t('billing.prices.next'),
      render: (_, e) => (e.next ? t('billing.prices.nextText', { price: priceText(e.next), time: formatDateTime(e.next.effectiveFrom) }) : '—'),
    },
  ];
  const historyColumns: ColumnsType<CardPriceFieldsFragment> = [
    { title: t('billing.prices.effectiveFromShort'), dataIndex: 'effectiveFrom', render: (v: string) => formatDateTime(v) },
    { title: t('billing.prices.price'), align: 'right', render: (_, p) => priceText(p) },
    { title: t('billing.prices.market'), align: 'right', render: (_, p) => format.fen(p.marketPriceFen) },
    { title: t('billing.prices.discount'), align: 'right', render: (_, p) => discount(p) },
    { title: t('billing.prices.note'), dataIndex: 'note', render: (v: string) => v || '—' },
    { title: t('billing.prices.publishedAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v) },
  ];
  const newestFirst = (history: readonly CardPriceFieldsFragment[]) => [...history].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    <div>
      <PageHeader
        title={t('billing.prices.title')}
        subtitle={t('billing.prices.subtitle', { zone: format.timeZone })}
        extra={can('PRICE_WRITE') && <PublishPriceDialog cardTypes={entries.map((e) => e.cardType)} onDone={() => void refetch()} />}
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <Card>
        <Table<Entry>
          rowKey="cardType"
          size="middle"
          columns={columns}
          dataSource={entries}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: 820 }}
          locale={{ emptyText: <Empty description={t('billing.prices.empty')} /> }}
          expandable={{
            expandedRowRender: (e) => (
              <Table<CardPriceFieldsFragment> rowKey="id" size="small" columns={historyColumns} dataSource={newestFirst(e.history)} pagination={false} scroll={{ x: 700 }} />
            ),
          }}
          data-testid="price-list"
        />
      </Card>
      <BillingSettingsCard />
    </div>
  );
}
