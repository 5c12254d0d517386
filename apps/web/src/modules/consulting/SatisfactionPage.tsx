import { useQuery } from '@apollo/client/react';
import { Alert, Card, DatePicker, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SatisfactionReportQuery } from './consulting.operations';

interface StatsRow { key: string; label: string; ratings: number; averageScoreHundredths: number; counts: number[]; lowScores: number }

/** The month the server counts ratings in: Asia/Shanghai, whatever the browser's zone. */
const shanghaiMonth = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
/** Hundredths to "3.75" without floating point. */
const average = (hundredths: number) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;

/** Managers' satisfaction report: by consultant, category and month of rating. */
export function SatisfactionPage() {
  const { t } = useTranslation();
  const thisMonth = dayjs(`${shanghaiMonth()}-01`);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([thisMonth.subtract(5, 'month'), thisMonth]);
  const variables = { fromMonth: range[0].format('YYYY-MM'), toMonth: range[1].format('YYYY-MM') };
  const { data, loading, error } = useQuery(SatisfactionReportQuery, { variables });
  const report = data?.satisfactionReport;

  const columns = (first: string): TableColumnsType<StatsRow> => [
    { key: 'label', title: first, dataIndex: 'label' },
    { key: 'ratings', title: t('consulting.satisfaction.ratings'), dataIndex: 'ratings', align: 'right' },
    { key: 'average', title: t('consulting.satisfaction.average'), align: 'right', render: (_, row) => average(row.averageScoreHundredths) },
    { key: 'counts', title: t('consulting.satisfaction.distribution'), render: (_, row) => row.counts.join(' / ') },
    { key: 'low', title: t('consulting.satisfaction.lowScores'), dataIndex: 'lowScores', align: 'right' },
  ];
  const table = (title: string, first: string, rows: StatsRow[], testId: string) => (
    <Card title={title} size="small" data-testid={testId}>
      <Table<StatsRow> size="small" rowKey="key" pagination={false} columns={columns(first)} dataSource={rows} loading={loading} scroll={{ x: 480 }} />
    </Card>
  );

  return (
    <div data-testid="consulting-satisfaction-page">
      <PageHeader title={t('consulting.satisfaction.title')} subtitle={t('consulting.satisfaction.subtitle')} extra={<Link to="/consulting">{t('consulting.backToQueue')}</Link>} />
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text>{t('consulting.satisfaction.months')}</Typography.Text>
          <DatePicker.RangePicker picker="month" allowClear={false} value={range} data-testid="satisfaction-range"
            disabledDate={(d) => d.isAfter(thisMonth, 'month')}
            onChange={(v) => { if (v?.[0] && v[1]) setRange([v[0], v[1].diff(v[0], 'month') >= 24 ? v[0].add(23, 'month') : v[1]]); }} />
          <Typography.Text type="secondary">{t('consulting.satisfaction.distributionHint')}</Typography.Text>
        </Space>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        {table(t('consulting.satisfaction.byConsultant'), t('consulting.assignee'),
          (report?.byConsultant ?? []).map((r) => ({ ...r, key: r.consultantId ?? '-', label: r.consultantName ?? t('consulting.unassigned') })), 'satisfaction-by-consultant')}
        {table(t('consulting.satisfaction.byCategory'), t('consulting.category'),
          (report?.byCategory ?? []).map((r) => ({ ...r, key: r.category, label: t(`enums.TicketCategory.${r.category}`) })), 'satisfaction-by-category')}
        {table(t('consulting.satisfaction.byMonth'), t('consulting.satisfaction.month'),
          (report?.byMonth ?? []).map((r) => ({ ...r, key: r.month, label: r.month })), 'satisfaction-by-month')}
      </Space>
    </div>
  );
}
