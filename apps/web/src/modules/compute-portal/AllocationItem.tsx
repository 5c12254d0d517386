import { estimateWindow } from '@suanli/allocation';
import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/use-format';
import { formatDateTime } from '../../shared/lib/datetime';
import { testId } from '../../shared/lib/test-id';
import { AllocationStateTag, RequestedPriorityTags } from '../compute/allocation-tags';
import { formatDuration, formatRemaining } from '../compute/format';
import { describeWait } from '../compute/wait-reason';
import { allocationPhase, type MyAllocation } from './use-my-allocations';

interface Props {
  row: MyAllocation;
  now: number;
  onCancel: (row: MyAllocation) => Promise<void>;
  onFinish: (row: MyAllocation) => Promise<void>;
}

/** The estimate's uncertainty in plain words: the likely range and the time most start by (see estimateWindow). */
function EstimateRange({ estimatedStartAt, now }: { estimatedStartAt: string; now: number }) {
  const { t } = useTranslation();
  const { earliestS, latestS, mostByS } = estimateWindow(now / 1000, new Date(estimatedStartAt).getTime() / 1000);
  const at = (s: number) => formatDateTime(new Date(s * 1000).toISOString());
  return (
    <Typography.Text type="secondary" data-testid="allocation-estimate-range">
      {t('myAllocations.estimateRange', { from: at(earliestS), to: at(latestS), mostBy: at(mostByS) })}
    </Typography.Text>
  );
}

/** Cancel a waiting request or report a running one done, each after a confirm. */
function RowAction({ row, onCancel, onFinish }: Omit<Props, 'now'>) {
  const { t } = useTranslation();
  if (row.state !== 'QUEUED' && row.state !== 'RUNNING') return null;
  const queued = row.state === 'QUEUED';
  return (
    <Popconfirm
      title={t(queued ? 'myAllocations.cancelConfirm' : 'myAllocations.finishConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={queued ? { danger: true, ...testId('allocation-cancel-confirm') } : testId('allocation-finish-confirm')}
      onConfirm={() => (queued ? onCancel(row) : onFinish(row))}
    >
      <Button size="small" danger={queued} data-testid={queued ? 'allocation-cancel' : 'allocation-finish'}>
        {t(queued ? 'myAllocations.cancel' : 'myAllocations.finish')}
      </Button>
    </Popconfirm>
  );
}

/** One allocation of 我的算力: what it asks for, where it stands, and its action. */
export function AllocationItem({ row, now, onCancel, onFinish }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const phase = allocationPhase(row);
  return (
    <li
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
        <RowAction row={row} onCancel={onCancel} onFinish={onFinish} />
      </div>
      <div className="allocation-item-meta">
        {phase === 'scheduling' && <span data-testid="allocation-scheduling">{t('myAllocations.scheduling')}</span>}
        {phase === 'queued' && (
          <>
            <span data-testid="allocation-position">{t('myAllocations.position', { position: row.queuePosition ?? '—' })}</span>
            <span data-testid="allocation-estimate">
              {t('myAllocations.estimatedStart', { time: row.estimatedStartAt ? formatDateTime(row.estimatedStartAt) : t('compute.neverFits') })}
            </span>
            {row.estimatedStartAt && <EstimateRange estimatedStartAt={row.estimatedStartAt} now={now} />}
            {row.waitReason && <span data-testid="allocation-reason">{describeWait(row.waitReason, t)}</span>}
          </>
        )}
        {phase === 'running' && (
          <>
            <span>{t('myAllocations.startedAt', { time: formatDateTime(row.startedAt) })}</span>
            <span data-testid="allocation-time-left">{t('myAllocations.timeLeft', { left: formatRemaining(row.endsAt, now, t), time: formatDateTime(row.endsAt) })}</span>
            {row.preemptAt && <Typography.Text type="warning">{t('myAllocations.preemptAt', { time: formatDateTime(row.preemptAt) })}</Typography.Text>}
          </>
        )}
        {phase === 'ended' && (
          <>
            {row.startedAt && <span>{t('myAllocations.startedAt', { time: formatDateTime(row.startedAt) })}</span>}
            <span>{t('myAllocations.endedAt', { time: formatDateTime(row.finishedAt) })}</span>
            {row.endReason && <span>{t(`myAllocations.endReason.${row.endReason}`, { defaultValue: row.endReason })}</span>}
          </>
        )}
        <span>{t('myAllocations.limit', { duration: formatDuration(row.durationS, t) })}</span>
        <span className="numeric">{t('myAllocations.cardHours', { value: format.number(row.cardHours) })}</span>
        <span>{t('myAllocations.submittedAt', { time: formatDateTime(row.createdAt) })}</span>
      </div>
    </li>
  );
}
