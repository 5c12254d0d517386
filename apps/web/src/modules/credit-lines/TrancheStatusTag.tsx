import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrancheStatus } from '../../gql/graphql';

const COLORS: Record<TrancheStatus, string> = { LOCKED: 'default', RELEASED: 'processing', FULLY_DRAWN: 'success' };

export function TrancheStatusTag({ status }: { status: TrancheStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-status={status} data-testid="tranche-status">
      {t(`creditLines.trancheStatus.${status}`)}
    </Tag>
  );
}

export function CreditLineStatusTag({ status }: { status: 'ACTIVE' | 'EXPIRED' }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'ACTIVE' ? 'green' : 'default'} data-status={status}>
      {t(`creditLines.lineStatus.${status}`)}
    </Tag>
  );
}
