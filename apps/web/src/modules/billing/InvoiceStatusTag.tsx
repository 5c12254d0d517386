import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../gql/graphql';

const COLOUR: Record<InvoiceStatus, string> = { DRAFT: 'default', ISSUED: 'processing', PAID: 'success', VOID: 'error' };

export function InvoiceStatusTag({ status, overdue }: { status: InvoiceStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLOUR[status]}>{t(`enums.InvoiceStatus.${status}`)}</Tag>
      {overdue && <Tag color="red">{t('billing.invoices.overdue')}</Tag>}
    </>
  );
}
