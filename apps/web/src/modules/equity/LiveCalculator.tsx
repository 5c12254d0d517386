import { formatPricePerShare } from '@suanli/domain';
import { Alert, Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { formatBasisPoints, formatShares, type Calculation } from './term-form';
import { TrancheTable } from './TrancheTable';

/** The figures of the terms being typed: both views of the centre's equity and each tranche's credit and shares. */
export function LiveCalculator({ calculation }: { calculation: Calculation }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { derived, tranches, problems } = calculation;
  const figures: [string, string, string][] = derived
    ? [
        ['post-money', t('equity.calc.postMoney'), format.fen(derived.postMoneyValuationFen)],
        ['centre-percent', t('equity.calc.centrePercent'), formatBasisPoints(derived.centrePercentBasisPoints)],
        ['price-per-share', t('equity.calc.pricePerShare'), formatPricePerShare(derived.pricePerShareMicroYuan)],
        ['centre-shares', t('equity.calc.centreShares'), formatShares(derived.centreShares, format.locale)],
        ['centre-shares-percent', t('equity.calc.centreSharesPercent'), formatBasisPoints(derived.centreSharesPercentBasisPoints)],
      ]
    : [];
  return (
    <Card size="small" title={t('equity.calc.title')} data-testid="live-calculator" className="term-calculator">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('equity.calc.hint')}
      </Typography.Paragraph>
      {derived ? (
        <Descriptions size="small" column={1} bordered>
          {figures.map(([key, label, value]) => (
            <Descriptions.Item key={key} label={label}>
              <span data-testid={`calc-${key}`} style={{ whiteSpace: 'nowrap' }}>
                {value}
              </span>
            </Descriptions.Item>
          ))}
        </Descriptions>
      ) : (
        // Terms that parse but cannot be computed (a zero valuation…) say why in the problems below.
        calculation.terms === null && (
          <Typography.Text type="secondary" data-testid="calc-incomplete">
            {t('equity.calc.incomplete')}
          </Typography.Text>
        )
      )}
      {tranches.length > 0 && (
        <div style={{ marginTop: 12 }}>
          <TrancheTable testId="calc-tranches" rows={tranches} />
        </div>
      )}
      {problems.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          title={t('equity.calc.problems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((problem) => (
                <li key={problem}>{t(`equity.problems.${problem}`)}</li>
              ))}
            </ul>
          }
          data-testid="calc-problems"
        />
      )}
    </Card>
  );
}
