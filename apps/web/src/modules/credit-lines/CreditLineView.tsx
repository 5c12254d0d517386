import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreditLineFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/use-format';
import { DrawdownChart } from './DrawdownChart';
import { DrawsTable } from './DrawsTable';
import { TrancheTable } from './TrancheTable';
import { CreditLineStatusTag } from './TrancheStatusTag';

export interface CreditLineViewProps {
  line: CreditLineFieldsFragment;
  /** Where a draw's invoice opens: the console's invoice page for staff, the portal's bill for founders. */
  invoiceHref: (invoiceId: string) => string;
}

/**
 * One credit line as both the console and the portal show it: the figures, the tranches, the
 * drawdown over time and the draws. Embeddable (the term-sheet page shows it under signed terms);
 * ask for `...CreditLineFields` to feed it.
 */
export function CreditLineView({ line, invoiceHref }: CreditLineViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures = [
    { key: 'credit', title: t('creditLines.credit'), value: format.fen(line.creditFen) },
    { key: 'drawn', title: t('creditLines.drawn'), value: format.fen(line.drawnFen) },
    { key: 'remaining', title: t('creditLines.remaining'), value: format.fen(line.remainingFen) },
    { key: 'drawable', title: t('creditLines.drawable'), value: format.fen(line.drawableFen) },
  ];
  const buyBack =
    line.buyBackUntil === null
      ? t('creditLines.noBuyBack')
      : t('creditLines.buyBackUntil', { until: formatDateTime(line.buyBackUntil), premium: format.percent((line.buyBackPremiumBasisPoints ?? 0) / 10000, 2) });
  const details = [
    { key: 'status', label: t('creditLines.status'), children: <CreditLineStatusTag status={line.status} /> },
    { key: 'expires', label: t('creditLines.expiresAt'), children: formatDateTime(line.expiresAt) },
    { key: 'opened', label: t('creditLines.openedAt'), children: formatDateTime(line.openedAt) },
    ...(line.closedAt ? [{ key: 'closed', label: t('creditLines.closedAt'), children: formatDateTime(line.closedAt) }] : []),
    { key: 'buyBack', label: t('creditLines.buyBack'), children: buyBack },
    { key: 'shares', label: t('creditLines.shares'), children: t('creditLines.sharesOf', { issued: format.number(Number(line.sharesIssued), 0), total: format.number(Number(line.totalShares), 0) }) },
    { key: 'price', label: t('creditLines.pricePerShare'), children: `¥${line.pricePerShare}` },
    { key: 'class', label: t('creditLines.shareClass'), children: line.shareClass },
  ];
  return (
    <div data-testid="credit-line-view">
      <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
        {figures.map((f) => (
          <Col key={f.key} xs={12} md={6}>
            <Card size="small" data-testid={`credit-line-${f.key}`}>
              <Statistic title={f.title} value={f.value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={details} />
        <div style={{ marginTop: 4, color: 'rgba(0,0,0,0.45)', fontSize: 12 }}>{t('creditLines.timesIn', { zone: format.timeZone })}</div>
      </Card>
      <Card size="small" title={t('creditLines.tranches')} style={{ marginBottom: 16 }}>
        <TrancheTable tranches={line.tranches} />
      </Card>
      <Card size="small" title={t('creditLines.drawdown')} style={{ marginBottom: 16 }}>
        <DrawdownChart line={line} />
      </Card>
      <Card size="small" title={t('creditLines.draws')}>
        <DrawsTable draws={line.draws} invoiceHref={invoiceHref} />
      </Card>
    </div>
  );
}
