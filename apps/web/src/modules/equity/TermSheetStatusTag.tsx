import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TermSheetStatus } from '../../gql/graphql';

const COLORS: Record<TermSheetStatus, string> = { OPEN: 'processing', SIGNED: 'success', WITHDRAWN: 'default' };

export function TermSheetStatusTag({ status }: { status: TermSheetStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="term-sheet-status" data-status={status}>
      {t(`equity.status.${status}`)}
    </Tag>
  );
}
