import { DatePicker, Select, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatus } from '../../gql/graphql';

export interface InvoiceFilterValues {
  month?: string;
  status?: InvoiceStatus;
  overdueOnly?: boolean;
}

const STATUSES: InvoiceStatus[] = ['DRAFT', 'ISSUED', 'PAID', 'VOID'];

export function InvoiceFilters({ value, onChange }: { value: InvoiceFilterValues; onChange: (next: InvoiceFilterValues) => void }) {
  const { t } = useTranslation();
  return (
    <Space wrap data-testid="invoice-filters">
      <DatePicker
        picker="month"
        allowClear
        placeholder={t('billing.invoices.month')}
        value={value.month ? dayjs(`${value.month}-01`) : null}
        onChange={(month) => onChange({ ...value, month: month ? month.format('YYYY-MM') : undefined })}
      />
      <Select<InvoiceStatus>
        allowClear
        style={{ minWidth: 130 }}
        placeholder={t('billing.invoices.status')}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STATUSES.map((status) => ({ value: status, label: t(`enums.InvoiceStatus.${status}`) }))}
      />
      <Space size={4}>
        <Switch size="small" checked={!!value.overdueOnly} onChange={(overdueOnly) => onChange({ ...value, overdueOnly })} />
        <Typography.Text>{t('billing.invoices.overdueOnly')}</Typography.Text>
      </Space>
    </Space>
  );
}
