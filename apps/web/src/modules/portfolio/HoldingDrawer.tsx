import { useQuery } from '@apollo/client/react';
import { formatPricePerShare } from '@suanli/domain';
import { Alert, Descriptions, Drawer, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { StageTag } from '../../shared/ui/enum-tags';
import { CreditLinesQuery, CreditLinesTable } from '../credit-lines';
import type { Holding } from './HoldingsTable';
import { basisPointsRatio, usageTotals } from './portfolio-model';
import { UsageChart } from './UsageChart';

/** The drill-down of one startup: its figures, its credit lines, its compute by month, its cap table. */
export function HoldingDrawer({ holding, onClose }: { holding: Holding | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(CreditLinesQuery, { variables: { organisationId: holding?.organisationId ?? null }, skip: !holding });
  const totals = holding ? usageTotals(holding.usage) : null;
  return (
    <Drawer open={holding !== null} onClose={onClose} size="large" title={holding?.organisationName ?? t('portfolio.title')}>
      {holding && (
        <div data-testid="holding-drawer">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'industry', label: t('portfolio.industry'), children: t(`enums.Industry.${holding.industry}`) },
              { key: 'stages', label: t('portfolio.stages'), children: <Space size={4} wrap>{holding.stages.map((s) => <StageTag key={s} stage={s} />)}</Space> },
              { key: 'shares', label: t('portfolio.shares'), children: format.number(Number(holding.figures.sharesHeld), 0) },
              { key: 'percent', label: t('portfolio.percentOf', { shares: format.number(Number(holding.postMoneyShares), 0) }), children: format.percent(basisPointsRatio(holding.percentBasisPoints), 2) },
              { key: 'price', label: t('portfolio.latestPrice'), children: formatPricePerShare(BigInt(holding.pricePerShareMicroYuan)) },
              { key: 'value', label: t('portfolio.impliedValue'), children: <strong>{format.fen(holding.figures.impliedValueFen)}</strong> },
              { key: 'committed', label: t('portfolio.committed'), children: format.fen(holding.figures.committedFen) },
              { key: 'released', label: t('portfolio.released'), children: format.fen(holding.figures.releasedFen) },
              { key: 'drawn', label: t('portfolio.drawn'), children: format.fen(holding.figures.drawnFen) },
              { key: 'remaining', label: t('portfolio.remaining'), children: format.fen(holding.figures.remainingFen) },
            ]}
          />
          <div style={{ margin: '12px 0' }}>
            <Link to={`/equity/cap-tables/${holding.organisationId}`} data-testid="holding-cap-table-link">{t('portfolio.capTable')}</Link>
          </div>
          <Typography.Title level={5}>{t('portfolio.creditLines')}</Typography.Title>
          {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
          {loading && !data ? <Skeleton active /> : <CreditLinesTable lines={data?.creditLines ?? []} area="console" showStartup={false} />}
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('portfolio.usage.title')}</Typography.Title>
          <Typography.Paragraph type="secondary">
            {t('portfolio.usage.total', { hours: format.cardHours(totals!.cardHours), amount: format.fen(totals!.invoicedFen) })}
          </Typography.Paragraph>
          <UsageChart usage={holding.usage} />
        </div>
      )}
    </Drawer>
  );
}
