import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Popconfirm, Segmented, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllocationState, MyAllocationsQuery as MyAllocationsResult } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { testId } from '../../shared/lib/test-id';
import { describeUserError } from '../../shared/lib/user-errors';
import { AllocationStateTag, RequestedPriorityTags } from '../compute/allocation-tags';
import { CancelAllocationRequestMutation, FinishAllocationMutation } from '../compute/compute.operations';
import { formatCardHours, formatDuration, formatRemaining } from '../compute/format';
import { useAllocationEvents } from '../compute/use-allocation-events';
import { MyAllocationsQuery } from './compute-portal.operations';
import { describeWait } from '../compute/wait-reason';

type Allocation = MyAllocationsResult['allocationRequests']['edges'][number]['node'];
const OPEN: AllocationState[] = ['QUEUED', 'RUNNING'];

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** 我的算力: queued requests with place and honest estimate, running ones with time left, and the history. */
export function MyAllocationsCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [scope, setScope] = useState<'open' | 'all'>('open');
  const now = useNow(30_000);
  const { data, loading, error, refetch } = useQuery(MyAllocationsQuery, {
    variables: { first: 50, states: scope === 'open' ? OPEN : undefined, locale: i18n.language === 'en' ? 'en' : 'zh-CN' },
    pollInterval: 5000,
  });
  useAllocationEvents(() => void refetch());
  const refetchQueries = ['MyAllocations', 'SchedulingSnapshot', 'MyUsage'];
  const [cancel] = useMutation(CancelAllocationRequestMutation, { refetchQueries });
  const [finish] = useMutation(FinishAllocationMutation, { refetchQueries });
  const rows = data?.allocationRequests.edges.map((e) => e.node) ?? [];

  const act = async (run: () => Promise<readonly { code: string; message: string }[] | undefined>, done: string) => {
    try {
      const errors = (await run()) ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => describeUserError(e, t)).join('；'));
      else void message.success(done);
    } catch (requestError) {
      void message.error(describeRequestError(requestError, t));
    }
  };

  const actions = (row: Allocation) => {
    if (row.state === 'QUEUED') {
      return (
        <Popconfirm
          title={t('myAllocations.cancelConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={{ danger: true, ...testId('allocation-cancel-confirm') }}
          onConfirm={() => act(async () => (await cancel({ variables: { input: { id: row.id } } })).data?.cancelAllocationRequest.userErrors, t('compute.cancelled'))}
        >
          <Button size="small" danger data-testid="allocation-cancel">
            {t('myAllocations.cancel')}
          </Button>
        </Popconfirm>
      );
    }
    if (row.state === 'RUNNING') {
      return (
        <Popconfirm
          title={t('myAllocations.finishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          okButtonProps={testId('allocation-finish-confirm')}
          onConfirm={() => act(async () => (await finish({ variables: { input: { id: row.id } } })).data?.finishAllocation.userErrors, t('myAllocations.finished'))}
        >
          <Button size="small" data-testid="allocation-finish">
            {t('myAllocations.finish')}
          </Button>
        </Popconfirm>
      );
    }
    return null;
  };

  return (
    <Card
      title={t('myAllocations.title')}
      extra={
        <Segmented<'open' | 'all'>
          size="small"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'open', label: t('myAllocations.open') },
            { value: 'all', label: t('myAllocations.all') },
          ]}
          data-testid="my-allocations-scope"
        />
      }
      data-testid="my-allocations"
    >
      {error && !data && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
      {!data && loading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={scope === 'open' ? t('myAllocations.emptyOpen') : t('myAllocations.empty')} />
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <li
              key={row.id}
              className="allocation-item"
              data-testid={`my-allocation-${row.id}`}
              data-state={row.state}
              data-cards={row.cards}
              data-card-type={row.cardType}
              data-project-name={row.project.name}
            >
              <div className="allocation-item-head">
                <Space size={6} wrap>
                  <Typography.Text strong>{row.project.name}</Typography.Text>
                  <AllocationStateTag state={row.state} />
                  <span className="numeric">
                    {row.cards} × {row.cardType}
                  </span>
                  <RequestedPriorityTags priority={row.priority} requestedPriority={row.requestedPriority} urgency={row.state === 'QUEUED' ? row.urgency : null} />
                  {row.preemptible && <Tag>{t('compute.preemptibleShort')}</Tag>}
                </Space>
                {actions(row)}
              </div>
              <div className="allocation-item-meta">
                {/* A request that has not been through a pass yet (a burst answers before it). */}
                {row.state === 'QUEUED' && row.queuePosition == null && (
                  <span data-testid="allocation-scheduling">{t('myAllocations.scheduling')}</span>
                )}
                {row.state === 'QUEUED' && row.queuePosition != null && (
                  <>
                    <span data-testid="allocation-position">{t('myAllocations.position', { position: row.queuePosition ?? '—' })}</span>
                    <span data-testid="allocation-estimate">
                      {t('myAllocations.estimatedStart', { time: row.estimatedStartAt ? formatDateTime(row.estimatedStartAt) : t('compute.neverFits') })}
                    </span>
                    {row.waitReason && <span data-testid="allocation-reason">{describeWait(row.waitReason, t)}</span>}
                  </>
                )}
                {row.state === 'RUNNING' && (
                  <>
                    <span>{t('myAllocations.startedAt', { time: formatDateTime(row.startedAt) })}</span>
                    <span data-testid="allocation-time-left">{t('myAllocations.timeLeft', { left: formatRemaining(row.endsAt, now, t), time: formatDateTime(row.endsAt) })}</span>
                    {row.preemptAt && <Typography.Text type="warning">{t('myAllocations.preemptAt', { time: formatDateTime(row.preemptAt) })}</Typography.Text>}
                  </>
                )}
                {row.state !== 'QUEUED' && row.state !== 'RUNNING' && (
                  <>
                    {row.startedAt && <span>{t('myAllocations.startedAt', { time: formatDateTime(row.startedAt) })}</span>}
                    <span>{t('myAllocations.endedAt', { time: formatDateTime(row.finishedAt) })}</span>
                    {row.endReason && <span>{t(`myAllocations.endReason.${row.endReason}`, { defaultValue: row.endReason })}</span>}
                  </>
                )}
                <span>{t('myAllocations.limit', { duration: formatDuration(row.durationS, t) })}</span>
                <span className="numeric">{t('myAllocations.cardHours', { value: formatCardHours(row.cardHours) })}</span>
                <span>{t('myAllocations.submittedAt', { time: formatDateTime(row.createdAt) })}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {data && data.allocationRequests.totalCount > rows.length && (
        <Typography.Text type="secondary">{t('myAllocations.more', { count: data.allocationRequests.totalCount - rows.length })}</Typography.Text>
      )}
    </Card>
  );
}
