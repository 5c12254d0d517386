import { formatPricePerShare } from '@suanli/domain';
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TermSheetVersionFieldsFragment } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { formatBasisPoints, formatShares } from './term-form';
import { TrancheTable } from './TrancheTable';

/** One version's terms, the figures the API derived from them, and its tranche table. */
export function TermsFacts({ version }: { version: TermSheetVersionFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { terms, derived } = version;
  const facts: [string, string, string][] = [
    ['credit', t('equity.list.credit'), format.fen(terms.creditFen)],
    ['pre-money', t('equity.list.preMoney'), format.fen(terms.preMoneyValuationFen)],
    ['pre-shares', t('equity.field.preShares'), formatShares(terms.preMoneyFullyDilutedShares, format.locale)],
    ['share-class', t('equity.field.shareClass'), terms.shareClass],
    ['expires', t('equity.detail.expires'), format.zonedDateTime(terms.creditExpiresAt)],
    [
      'buy-back',
      t('equity.field.buyBack'),
      terms.buyBack ? t('equity.detail.buyBackValue', { months: terms.buyBack.months, premium: formatBasisPoints(terms.buyBack.premiumBasisPoints) }) : t('equity.detail.none'),
    ],
    ['post-money', t('equity.calc.postMoney'), format.fen(derived.postMoneyValuationFen)],
    ['centre-percent', t('equity.calc.centrePercent'), formatBasisPoints(derived.centrePercentBasisPoints)],
    ['price-per-share', t('equity.calc.pricePerShare'), formatPricePerShare(BigInt(derived.pricePerShareMicroYuan))],
    ['centre-shares', t('equity.calc.centreShares'), formatShares(derived.centreShares, format.locale)],
  ];
  return (
    <>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} data-testid="term-facts">
        {facts.map(([key, label, value]) => (
          <Descriptions.Item key={key} label={label}>
            <span data-testid={`fact-${key}`}>{value}</span>
          </Descriptions.Item>
        ))}
      </Descriptions>
      <div style={{ marginTop: 12 }} />
      <TrancheTable
        testId="term-tranches"
        rows={terms.tranches.map((tranche, index) => ({
          percentBasisPoints: tranche.percentBasisPoints,
          release: tranche.release,
          creditFen: derived.trancheCreditFen[index] ?? '0',
          shares: derived.trancheShares[index] ?? '0',
        }))}
      />
    </>
  );
}
