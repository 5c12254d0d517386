import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { shanghaiYear } from '@suanli/domain';
import { Alert, App, Button, Card, Col, Empty, List, Popconfirm, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingCalendarQuery as WorkingCalendarResult } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { describeUserError, joinMessages } from '../../shared/lib/user-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { AddCalendarDayDialog } from './AddCalendarDayDialog';
import { BusinessHoursCard } from './BusinessHoursCard';
import { holidayPeriods, pickableYears } from './calendar-view';
import { useCalendarDayLabel } from './use-calendar-day-labels';
import { RemoveCalendarDayMutation, WorkingCalendarQuery } from './working-calendar.operations';

type Day = WorkingCalendarResult['workingCalendar']['days'][number];

/** The holiday table the SLA clock runs on, a year at a time; admins add, rename and remove days. */
export function WorkingCalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const editable = can('CALENDAR_WRITE');
  const label = useCalendarDayLabel();
  const [year, setYear] = useState(() => shanghaiYear(new Date()));
  const { data, loading, error } = useQuery(WorkingCalendarQuery, { variables: { year } });
  const [remove, removing] = useMutation(RemoveCalendarDayMutation, { refetchQueries: [WorkingCalendarQuery], awaitRefetchQueries: true });
  const calendar = data?.workingCalendar;
  const days = calendar?.days ?? [];

  const removeDay = async (day: string) => {
    try {
      const payload = (await remove({ variables: { input: { day } } })).data?.removeCalendarDay;
      const errors = payload?.userErrors ?? [];
      if (errors.length > 0) void message.error(joinMessages(errors.map((e) => describeUserError(e, t)), t));
      else void message.success(t('workingCalendar.removed', { day: label(day, true) }));
    } catch (failure) {
      void message.error(describeRequestError(failure, t));
    }
  };

  const columns: ColumnsType<Day> = [
    { title: t('workingCalendar.day'), dataIndex: 'day', render: (day: string) => <span data-testid={`calendar-day-${day}`}>{label(day)}</span> },
    {
      title: t('workingCalendar.kind'),
      dataIndex: 'kind',
      render: (kind: Day['kind']) => <Tag color={kind === 'HOLIDAY' ? 'red' : 'blue'}>{t(`enums.CalendarDayKind.${kind}`)}</Tag>,
    },
    { title: t('workingCalendar.name'), dataIndex: 'name' },
    {
      title: t('workingCalendar.source'),
      dataIndex: 'source',
      responsive: ['md'],
      render: (source: Day['source']) => <Typography.Text type="secondary">{t(`enums.CalendarDaySource.${source}`)}</Typography.Text>,
    },
    ...(editable
      ? [
          {
            title: '',
            key: 'actions',
            width: 56,
            render: (_: unknown, row: Day) => (
              <Popconfirm title={t('workingCalendar.removeConfirm', { day: label(row.day, true) })} onConfirm={() => removeDay(row.day)} okText={t('workingCalendar.remove')}>
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('workingCalendar.remove')} loading={removing.loading} data-testid={`remove-calendar-day-${row.day}`} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      <PageHeader
        title={t('workingCalendar.title')}
        subtitle={t('workingCalendar.subtitle')}
        extra={
          <Space wrap>
            <Select
              value={year}
              onChange={setYear}
              options={pickableYears(shanghaiYear(new Date())).map((y) => ({ value: y, label: t('workingCalendar.year', { year: y }) }))}
              style={{ width: 120 }}
              aria-label={t('workingCalendar.pickYear')}
              data-testid="calendar-year"
            />
            {editable && <AddCalendarDayDialog />}
          </Space>
        }
      />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {calendar && days.length === 0 && <Alert type="warning" showIcon title={t('workingCalendar.noDays', { year })} style={{ marginBottom: 16 }} data-testid="calendar-no-days" />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card>
              <Statistic title={t('workingCalendar.workingDays', { year })} value={calendar?.workingDayCount ?? '—'} loading={loading && !data} data-testid="working-day-count" />
            </Card>
            {calendar && (
              <BusinessHoursCard
                start={calendar.businessHours.dayStartMinute}
                end={calendar.businessHours.dayEndMinute}
                timeZone={calendar.businessHours.timeZone}
                editable={editable}
              />
            )}
            <Card title={t('workingCalendar.periods')}>
              <List
                dataSource={holidayPeriods(days)}
                locale={{ emptyText: <Empty description={t('workingCalendar.empty')} /> }}
                renderItem={(period) => (
                  <List.Item data-testid="holiday-period">
                    <List.Item.Meta
                      title={t('workingCalendar.periodTitle', { name: period.name, count: period.offDays })}
                      description={
                        <>
                          <div>{period.offRuns.map(([from, to]) => (from === to ? label(from) : `${label(from)} – ${label(to)}`)).join('、')}</div>
                          {period.makeUpDays.length > 0 && (
                            <div>{t('workingCalendar.makeUpOn', { days: period.makeUpDays.map((d) => label(d)).join('、') })}</div>
                          )}
                        </>
                      }
                    />
                  </List.Item>
                )}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('workingCalendar.days', { year })}>
            <Table<Day>
              rowKey="day"
              size="small"
              columns={columns}
              dataSource={days}
              loading={loading && !data}
              pagination={false}
              locale={{ emptyText: <Empty description={t('workingCalendar.empty')} /> }}
              data-testid="calendar-days"
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
