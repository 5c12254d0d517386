import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AllocationState, PriorityClass, UrgencyStatus } from '../../gql/graphql';

const STATE_COLOURS: Record<AllocationState, string> = {
  QUEUED: 'gold',
  RUNNING: 'processing',
  FINISHED: 'success',
  CANCELLED: 'default',
  PREEMPTED: 'warning',
};

const PRIORITY_COLOURS: Record<PriorityClass, string> = {
  ADAPTATION: 'purple',
  STANDARD: 'blue',
  URGENT: 'red',
};

export function AllocationStateTag({ state }: { state: AllocationState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOURS[state]} data-testid="allocation-state" data-state={state}>
      {t(`enums.AllocationState.${state}`)}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: PriorityClass }) {
  const { t } = useTranslation();
  return (
    <Tag color={PRIORITY_COLOURS[priority]} variant="outlined" data-priority={priority}>
      {t(`enums.PriorityClass.${priority}`)}
    </Tag>
  );
}

/**
 * The class asked for, and whether it is the one that counts: a founder's URGENT awaiting a
 * manager's approval (or declined) is scheduled at its normal class, and says so.
 */
export function RequestedPriorityTags({ priority, requestedPriority, urgency }: { priority: PriorityClass; requestedPriority: PriorityClass; urgency?: UrgencyStatus | null }) {
  const { t } = useTranslation();
  if (requestedPriority === priority || (urgency !== 'AWAITING_APPROVAL' && urgency !== 'DECLINED')) return <PriorityTag priority={priority} />;
  return (
    <>
      <PriorityTag priority={priority} />
      <Tag color={urgency === 'AWAITING_APPROVAL' ? 'orange' : 'default'} data-testid="urgency-tag" data-urgency={urgency}>
        {t(`enums.UrgencyStatus.${urgency}`)}
      </Tag>
    </>
  );
}
