import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AllocationState, PriorityClass } from '../../gql/graphql';

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
