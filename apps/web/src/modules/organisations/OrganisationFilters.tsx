import { INDUSTRIES, isTenantKind, ORGANISATION_KINDS, SENSITIVITY_TIERS } from '@suanli/domain';
import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Industry, OrganisationKind, SensitivityTier } from '../../gql/graphql';

export interface OrganisationFilterValues {
  kind?: OrganisationKind;
  industry?: Industry;
  tier?: SensitivityTier;
}

interface Props {
  value: OrganisationFilterValues;
  onChange: (value: OrganisationFilterValues) => void;
}

export function OrganisationFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Select<OrganisationKind>
        allowClear
        placeholder={t('organisations.kind')}
        style={{ width: 160 }}
        value={value.kind}
        onChange={(kind) => onChange({ ...value, kind: kind ?? undefined })}
        options={ORGANISATION_KINDS.filter(isTenantKind).map((kind) => ({ value: kind, label: t(`enums.OrganisationKind.${kind}`) }))}
        data-testid="filter-kind"
      />
      <Select<Industry>
        allowClear
        placeholder={t('organisations.industry')}
        style={{ width: 160 }}
        value={value.industry}
        onChange={(industry) => onChange({ ...value, industry: industry ?? undefined })}
        options={INDUSTRIES.map((industry) => ({ value: industry, label: t(`enums.Industry.${industry}`) }))}
        data-testid="filter-industry"
      />
      <Select<SensitivityTier>
        allowClear
        placeholder={t('organisations.tier')}
        style={{ width: 170 }}
        value={value.tier}
        onChange={(tier) => onChange({ ...value, tier: tier ?? undefined })}
        options={SENSITIVITY_TIERS.map((tier) => ({ value: tier, label: t(`enums.SensitivityTier.${tier}`) }))}
        data-testid="filter-tier"
      />
    </Space>
  );
}
