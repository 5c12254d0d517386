import { Card, Descriptions, Progress, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyVouchersQuery } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { balancePercent, lastValidInstant } from './money-input';
import { basisPointsToPercent } from '../../shared/lib/money';

type Voucher = MyVouchersQuery['vouchers'][number];

/** One voucher: what is left of its face value, its terms, and what it has paid. */
export function VoucherCard({ voucher }: { voucher: Voucher }) {
  const { t } = useTranslation();
  const format = useFormat();
  const active = voucher.status === 'ACTIVE';
  return (
    <Card
      size="small"
      title={<span data-testid="voucher-code">{voucher.code}</span>}
      extra={<Tag color={active ? 'success' : 'default'}>{t(`billingPortal.voucherStatus.${active ? 'ACTIVE' : 'EXPIRED'}`)}</Tag>}
      data-testid={`voucher-${voucher.id}`}
    >
      <Typography.Text>
        {t('billingPortal.voucherBalance', { balance: format.fen(voucher.balanceFen), face: format.fen(voucher.faceValueFen) })}
      </Typography.Text>
      <Progress percent={balancePercent(voucher.balanceFen, voucher.faceValueFen)} status={active ? 'active' : 'normal'} />
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: 'coverage', label: t('billingPortal.coverage'), children: format.percent(basisPointsToPercent(voucher.coverageBasisPoints) / 100, 2) },
          { key: 'until', label: t('billingPortal.validUntil'), children: formatDate(lastValidInstant(voucher.validUntil)) },
        ]}
      />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        scroll={{ x: 360 }}
        locale={{ emptyText: t('billingPortal.noRedemptions') }}
        dataSource={voucher.redemptions}
        columns={[
          { key: 'invoice', title: t('billingPortal.number'), render: (_, r) => <Link to={`/portal/bills/${r.invoiceId}`}>{r.invoiceNumber ?? '—'}</Link> },
          { key: 'amount', title: t('billingPortal.amount'), align: 'right', render: (_, r) => format.fen(r.amountFen) },
          { key: 'date', title: t('billingPortal.date'), render: (_, r) => formatDate(r.createdAt) },
        ]}
        data-testid="voucher-redemptions"
      />
    </Card>
  );
}
