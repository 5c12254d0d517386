import { Column } from '@ant-design/plots';
import { useTranslation } from 'react-i18next';
import type { Holding } from './HoldingsTable';
import { usageChartRows } from './portfolio-model';

/** A startup's card-hours per billing month (the invoiced amount in the tooltip). */
export function UsageChart({ usage }: { usage: Holding['usage'] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="usage-chart">
      <Column
        data={usageChartRows(usage)}
        xField="month"
        yField="cardHours"
        height={200}
        autoFit
        axis={{ y: { title: t('portfolio.usage.cardHours') }, x: { title: false } }}
        tooltip={{ items: [{ channel: 'y', name: t('portfolio.usage.cardHours') }, { field: 'yuan', name: t('portfolio.usage.invoicedYuan') }] }}
      />
    </div>
  );
}
