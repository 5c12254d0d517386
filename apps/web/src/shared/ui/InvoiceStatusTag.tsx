import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../gql/graphql';

const COLORS: Record<InvoiceStatus, string> = { DRAFT: 'default', ISSUED: 'processing', PAID: 'success', VOID: 'default' };

/** An invoice's status, and a red tag when it is past its due date: the same in the console and the portal. */
export function InvoiceStatusTag({ status, overdue = false }: { status: InvoiceStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status]} data-status={status}>
        {t(`enums.InvoiceStatus.${status}`)}
      </Tag>
      {overdue && (
        <Tag color="error" data-testid="invoice-overdue">
          {t('common.overdue')}
        </Tag>
      )}
    </Space>
  );
}
