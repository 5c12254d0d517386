import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../gql/graphql';

const COLORS: Record<InvoiceStatus, string> = { DRAFT: 'default', ISSUED: 'processing', PAID: 'success', VOID: 'default' };

/** The invoice's status, and a red tag when it is past its due date. */
export function InvoiceStatusTag({ status, overdue }: { status: InvoiceStatus; overdue: boolean }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap>
      <Tag color={COLORS[status]} data-status={status}>
        {t(`enums.InvoiceStatus.${status}`)}
      </Tag>
      {overdue && (
        <Tag color="error" data-testid="invoice-overdue">
          {t('billingPortal.overdue')}
        </Tag>
      )}
    </Space>
  );
}
