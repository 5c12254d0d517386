import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../gql/graphql';
import { PERSON_ROLES } from './person-roles';

export interface UserFilterValues {
  search?: string;
  role?: Role;
  organisationId?: string;
  active?: boolean;
}

interface Props {
  value: UserFilterValues;
  onChange: (value: UserFilterValues) => void;
  organisations: { id: string; name: string }[];
}

export function UserFilters({ value, onChange, organisations }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="user-filters">
      <Input.Search
        allowClear
        placeholder={t('users.searchPlaceholder')}
        style={{ width: 220 }}
        defaultValue={value.search}
        onSearch={(search) => onChange({ ...value, search: search.trim() || undefined })}
        data-testid="users-search"
      />
      <Select<Role>
        allowClear
        placeholder={t('users.role')}
        style={{ width: 140 }}
        value={value.role}
        onChange={(role) => onChange({ ...value, role: role ?? undefined })}
        options={PERSON_ROLES.map((role) => ({ value: role, label: t(`enums.Role.${role}`) }))}
        data-testid="users-filter-role"
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('users.organisation')}
        style={{ width: 200 }}
        value={value.organisationId}
        onChange={(organisationId) => onChange({ ...value, organisationId: organisationId ?? undefined })}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        data-testid="users-filter-organisation"
      />
      <Select<'active' | 'deactivated'>
        allowClear
        placeholder={t('users.status')}
        style={{ width: 120 }}
        value={value.active === undefined ? undefined : value.active ? 'active' : 'deactivated'}
        onChange={(status) => onChange({ ...value, active: status === undefined ? undefined : status === 'active' })}
        options={[
          { value: 'active', label: t('users.active') },
          { value: 'deactivated', label: t('users.deactivated') },
        ]}
        data-testid="users-filter-status"
      />
    </Space>
  );
}
