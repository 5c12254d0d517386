import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Skeleton, Statistic, Table, Typography } from 'antd';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { MyUsageQuery } from './compute-portal.operations';

echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

const DAYS = 14;

/** 我的用量: daily card-hours over two weeks, the total and the split by project. */
export function MyUsageCard({ projects }: { projects: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error } = useQuery(MyUsageQuery, { variables: { days: DAYS }, pollInterval: 60_000 });
  const usage = data?.usage;
  const names = new Map(projects.map((p) => [p.id, p.name]));

  const option = useMemo(() => {
    const daily = usage?.daily ?? [];
    return {
      grid: { left: 48, right: 16, top: 16, bottom: 28 },
      tooltip: { trigger: 'axis' as const, valueFormatter: (v: unknown) => `${format.number(Number(v))} ${t('usage.unit')}` },
      xAxis: { type: 'category' as const, data: daily.map((d) => d.day.slice(5)), axisTick: { alignWithLabel: true } },
      yAxis: { type: 'value' as const, name: t('usage.unit'), nameTextStyle: { align: 'left' as const } },
      series: [
        { type: 'bar' as const, name: t('usage.cardHours'), data: daily.map((d) => d.cardHours), itemStyle: { color: '#1677ff', borderRadius: [3, 3, 0, 0] }, barMaxWidth: 22 },
        { type: 'line' as const, name: t('usage.cardHours'), data: daily.map((d) => d.cardHours), smooth: true, symbol: 'none', lineStyle: { color: '#13c2c2', width: 2 }, tooltip: { show: false } },
      ],
    };
  }, [usage, t, format]);

  return (
    <Card title={t('usage.title', { days: DAYS })} data-testid="my-usage">
      {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!data && loading ? (
        <Skeleton active />
      ) : !usage ? null : (
        <>
          <Statistic title={t('usage.total', { days: DAYS })} value={format.number(usage.totalCardHours)} suffix={`\u00a0${t('usage.unit')}`} data-testid="usage-total" />
          {usage.daily.length === 0 ? (
            <Empty description={t('usage.empty')} />
          ) : (
            <ReactEChartsCore echarts={echarts} option={option} style={{ height: 220, marginTop: 8 }} notMerge lazyUpdate />
          )}
          <Typography.Text strong style={{ display: 'block', margin: '8px 0' }}>
            {t('usage.byProject')}
          </Typography.Text>
          <Table
            size="small"
            rowKey="projectId"
            pagination={false}
            dataSource={[...usage.byProject].sort((a, b) => b.cardHours - a.cardHours)}
            locale={{ emptyText: t('usage.empty') }}
            columns={[
              { title: t('compute.project'), render: (_, row) => names.get(row.projectId) ?? row.projectId },
              { title: t('usage.cardHours'), align: 'right', width: 140, render: (_, row) => <span className="numeric">{format.number(row.cardHours)}</span> },
            ]}
          />
        </>
      )}
    </Card>
  );
}
