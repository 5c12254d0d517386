import { Column, Funnel } from '@ant-design/plots';
import { useQuery } from '@apollo/client/react';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { FUNNEL_STAGES, funnelBy, funnelTotals, shanghaiToday, type FunnelStage } from './matchmaking-model';
import { MatchmakingFunnelQuery } from './matchmaking.operations';

interface Row { key: string; label: string; counts: Record<FunnelStage, number> }

/** 漏斗: proposed → accepted → met → deal, by resource kind and by Shanghai month of proposal. */
export function FunnelPage() {
  const { t } = useTranslation();
  const thisMonth = dayjs(`${shanghaiToday().slice(0, 7)}-01`);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([thisMonth.subtract(11, 'month'), thisMonth]);
  const { data, loading, error } = useQuery(MatchmakingFunnelQuery, { variables: { fromMonth: range[0].format('YYYY-MM'), toMonth: range[1].format('YYYY-MM') } });
  const rows = data?.matchmakingFunnel.rows;
  const stageLabel = (stage: FunnelStage) => t(`matchmaking.funnel.${stage}`);

  const { totals, byKind, byMonth } = useMemo(() => {
    const source = rows ?? [];
    return {
      totals: funnelTotals(source),
      byKind: funnelBy(source, 'kind').map((r) => ({ ...r, label: t(`enums.ResourceKind.${r.key}`) })),
      byMonth: funnelBy(source, 'month').map((r) => ({ ...r, label: r.key })),
    };
  }, [rows, t]);

  const bars = (list: Row[]) => list.flatMap((r) => FUNNEL_STAGES.map((stage) => ({ x: r.label, stage: stageLabel(stage), count: r.counts[stage] })));
  const columns = (first: string): TableColumnsType<Row> => [
    { key: 'label', title: first, dataIndex: 'label' },
    ...FUNNEL_STAGES.map((stage) => ({ key: stage, title: stageLabel(stage), align: 'right' as const, render: (_: unknown, r: Row) => <span data-stage={stage}>{r.counts[stage]}</span> })),
  ];
  const section = (title: string, first: string, list: Row[], testId: string) => (
    <Card title={title} size="small" data-testid={testId}>
      {list.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matchmaking.funnel.empty')} /> : (
        <>
          <div data-testid={`${testId}-chart`}>
            <Column data={bars(list)} xField="x" yField="count" colorField="stage" group height={240} autoFit axis={{ y: { title: false }, x: { title: false, labelAutoRotate: true } }} />
          </div>
          <Table<Row> size="small" rowKey="key" pagination={false} columns={columns(first)} dataSource={list} scroll={{ x: 420 }} />
        </>
      )}
    </Card>
  );

  return (
    <div data-testid="match-funnel-page">
      <PageHeader title={t('matchmaking.funnel.title')} subtitle={t('matchmaking.funnel.subtitle')} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('matchmaking.funnel.months')}</Typography.Text>
          <DatePicker.RangePicker picker="month" allowClear={false} value={range} data-testid="funnel-range" disabledDate={(d) => d.isAfter(thisMonth, 'month')}
            onChange={(v) => { if (v?.[0] && v[1]) setRange([v[0], v[1].diff(v[0], 'month') >= 24 ? v[0].add(23, 'month') : v[1]]); }} />
          <Typography.Text type="secondary">{t('matchmaking.funnel.hint')}</Typography.Text>
        </Space>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        <Row gutter={[12, 12]}>
          <Col xs={24} lg={8}>
            <Card title={t('matchmaking.funnel.overall')} size="small" loading={loading && !rows} data-testid="funnel-totals"
              data-proposed={totals.proposed} data-accepted={totals.accepted} data-met={totals.met} data-deals={totals.deals}>
              {totals.proposed === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('matchmaking.funnel.empty')} /> : (
                <Funnel data={FUNNEL_STAGES.map((stage) => ({ stage: stageLabel(stage), count: totals[stage] }))} xField="stage" yField="count" height={240} autoFit legend={false} />
              )}
            </Card>
          </Col>
          <Col xs={24} lg={16}>{section(t('matchmaking.funnel.byKind'), t('matchmaking.kind'), byKind, 'funnel-by-kind')}</Col>
          <Col xs={24}>{section(t('matchmaking.funnel.byMonth'), t('matchmaking.funnel.month'), byMonth, 'funnel-by-month')}</Col>
        </Row>
      </Space>
    </div>
  );
}
