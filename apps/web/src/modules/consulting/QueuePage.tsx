import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Select, Space, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TicketCategory, TicketPriority, TicketStatus } from '../../gql/graphql';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { AssignMutation, ConsultantGroupsQuery, TicketsQuery } from './consulting.operations';
import { appendTickets, ticketColumns, type TicketRow } from './ticket-columns';
import { ACTIVE_STATUSES as ACTIVE, CATEGORIES, PRIORITIES, STATUSES } from './ticket-enums';
import { useTicketAction } from './use-ticket-action';


/** 咨询工作台: the queue, soonest breach first, with filters; managers see every queue and reassign in bulk. */
export function QueuePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const act = useTicketAction();
  const manager = can('CONSULTING_MANAGE');
  const [status, setStatus] = useState<TicketStatus[]>(ACTIVE);
  const [category, setCategory] = useState<TicketCategory[]>([]);
  const [priority, setPriority] = useState<TicketPriority[]>([]);
  const [breached, setBreached] = useState(false);
  const [mine, setMine] = useState(!manager);
  const [selected, setSelected] = useState<string[]>([]);
  const [assignee, setAssignee] = useState<string | null>(null);
  const variables = { first: 50, status: status.length ? status : null, category: category.length ? category : null, priority: priority.length ? priority : null, breached: breached || null, mine };
  // Business time left moves on: the queue is read again every minute.
  const { data, loading, error, fetchMore } = useQuery(TicketsQuery, { variables, pollInterval: 60_000 });
  const groups = useQuery(ConsultantGroupsQuery, { skip: !manager });
  const [assign, { loading: assigning }] = useMutation(AssignMutation, { refetchQueries: [TicketsQuery] });
  const consultants = useMemo(() => {
    const byId = new Map<string, string>();
    for (const group of groups.data?.consultantGroups ?? []) for (const m of group.members) byId.set(m.userId, m.displayName ?? m.userId);
    return [...byId].map(([value, label]) => ({ value, label }));
  }, [groups.data]);
  const reassign = async () => {
    if (!assignee) return;
    const ok = await act(async () => (await assign({ variables: { input: { ticketIds: selected, assigneeId: assignee } } })).data?.assignTickets, t('consulting.reassigned', { count: selected.length }));
    if (ok) setSelected([]);
  };
  return (
    <div data-testid="consulting-queue-page">
      <PageHeader title={t('consulting.queue')} subtitle={t('consulting.queueSubtitle')}
        extra={manager && <Link to="/consulting/satisfaction" data-testid="satisfaction-link">{t('consulting.satisfaction.link')}</Link>} />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select mode="multiple" allowClear style={{ minWidth: 200 }} placeholder={t('consulting.status')} value={status} onChange={setStatus} options={STATUSES.map((v) => ({ value: v, label: t(`enums.TicketStatus.${v}`) }))} data-testid="filter-status" />
          <Select mode="multiple" allowClear style={{ minWidth: 180 }} placeholder={t('consulting.category')} value={category} onChange={setCategory} options={CATEGORIES.map((v) => ({ value: v, label: t(`enums.TicketCategory.${v}`) }))} data-testid="filter-category" />
          <Select mode="multiple" allowClear style={{ minWidth: 140 }} placeholder={t('consulting.priority')} value={priority} onChange={setPriority} options={PRIORITIES.map((v) => ({ value: v, label: t(`enums.TicketPriority.${v}`) }))} data-testid="filter-priority" />
          <Space><Switch checked={breached} onChange={setBreached} data-testid="filter-breached" />{t('consulting.breachedOnly')}</Space>
          {manager && <Space><Switch checked={mine} onChange={setMine} data-testid="filter-mine" />{t('consulting.mineOnly')}</Space>}
        </Space>
        {manager && selected.length > 0 && (
          <Space wrap style={{ marginBottom: 12 }} data-testid="bulk-reassign">
            <Typography.Text>{t('consulting.selected', { count: selected.length })}</Typography.Text>
            <Select style={{ minWidth: 180 }} placeholder={t('consulting.assignTo')} value={assignee} onChange={setAssignee} options={consultants} data-testid="bulk-assignee" />
            <Button type="primary" disabled={!assignee} loading={assigning} onClick={() => void reassign()} data-testid="bulk-assign">{t('consulting.reassign')}</Button>
          </Space>
        )}
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        <ConnectionTable<TicketRow>
          connection={data?.tickets}
          columns={[...ticketColumns(t, '/consulting'), { key: 'assignee', title: t('consulting.assignee'), render: (_, row) => row.assigneeName ?? t('consulting.unassigned') }]}
          loading={loading}
          onLoadMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendTickets })}
          scrollX={960}
          rowSelection={manager ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)) } : undefined}
          testId="queue-table"
        />
      </Card>
    </div>
  );
}
