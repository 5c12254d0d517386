import { Line } from '@ant-design/plots';
import { Empty } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreditLineFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatShortDateTime } from '../../shared/format/format';
import { chartYuan, cumulativeDrawdown, trancheBoundaries } from './drawdown-series';

/**
 * Cumulative drawn over time (a step line), with each tranche's end as a dashed reference line, so
 * one sees which tranche the drawing is in. Times on the axis are Asia/Shanghai.
 */
export function DrawdownChart({ line }: { line: Pick<CreditLineFieldsFragment, 'openedAt' | 'closedAt' | 'draws' | 'tranches'> }) {
  const { t } = useTranslation();
  // A time axis, so draws minutes apart and months apart keep their real distance.
  const data = useMemo(
    () => cumulativeDrawdown(line.openedAt, line.draws, line.closedAt ?? new Date().toISOString()).map((p) => ({ at: new Date(p.at), yuan: chartYuan(p.drawnFen) })),
    [line.openedAt, line.closedAt, line.draws],
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
        scale={{ x: { type: 'time' } }}
        axis={{ y: { title: t('creditLines.chart.yuan') }, x: { title: false, labelAutoRotate: true, labelFormatter: (at: Date) => formatShortDateTime(at.toISOString()) } }}
        tooltip={{ title: (d: { at: Date }) => formatDateTime(d.at.toISOString()), items: [{ channel: 'y', name: t('creditLines.chart.cumulative') }] }}
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
