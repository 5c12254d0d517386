import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TicketCategory } from '../../gql/graphql';

export const CATEGORIES: TicketCategory[] = ['SUBSIDIES_POLICY', 'COMPUTE_VOUCHERS', 'TAX', 'TALENT', 'DATA_COMPLIANCE', 'ADAPTATION', 'OTHER'];

/** All categories or one; a select, which fits a phone as well as a wide screen. */
export function CategoryFilter({ value, onChange }: { value: TicketCategory | null; onChange: (value: TicketCategory | null) => void }) {
  const { t } = useTranslation();
  return (
    <Select<TicketCategory | 'ALL'>
      value={value ?? 'ALL'}
      onChange={(v) => onChange(v === 'ALL' ? null : v)}
      style={{ minWidth: 160 }}
      data-testid="kb-category"
      options={[{ value: 'ALL', label: t('kb.allCategories') }, ...CATEGORIES.map((c) => ({ value: c, label: t(`enums.TicketCategory.${c}`) }))]}
    />
  );
}

