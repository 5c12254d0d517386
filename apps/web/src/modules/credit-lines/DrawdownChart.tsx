import { Line } from '@ant-design/plots';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditLineFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format/format';
import { chartYuan, cumulativeDrawdown, trancheBoundaries } from './drawdown-series';

/**
 * Cumulative drawn over time (a step line), with each tranche's end as a dashed reference line, so
 * one sees which tranche the drawing is in. Times on the axis are Asia/Shanghai.
 */
export function DrawdownChart({ line }: { line: Pick<CreditLineFieldsFragment, 'openedAt' | 'draws' | 'tranches'> }) {
  const { t } = useTranslation();
  const data = useMemo(
    () => cumulativeDrawdown(line.openedAt, line.draws).map((p) => ({ at: formatDateTime(p.at), yuan: chartYuan(p.drawnFen) })),
    [line.openedAt, line.draws],
  );
  const boundaries = useMemo(() => trancheBoundaries(line.tranches), [line.tranches]);
  if (line.draws.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('creditLines.noDraws')} />;
  return (
    <div data-testid="drawdown-chart">
      <Line
        data={data}
        xField="at"
        yField="yuan"
        shapeField="hvh"
        point={{ sizeField: 3 }}
        height={240}
        autoFit
        axis={{ y: { title: t('creditLines.chart.yuan') }, x: { title: false, labelAutoRotate: true } }}
        tooltip={{ items: [{ channel: 'y', name: t('creditLines.chart.cumulative') }] }}
        annotations={boundaries.map((b) => ({
          type: 'lineY',
          data: [chartYuan(b.cumulativeFen)],
          style: { stroke: '#8c8c8c', lineDash: [4, 4] },
          label: { text: t('creditLines.tranche.name', { no: b.trancheNo + 1 }), position: 'left', dy: -6, style: { fill: '#8c8c8c', fontSize: 11 } },
        }))}
      />
    </div>
  );
}
