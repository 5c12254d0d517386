import { INDUSTRIES } from '@suanli/domain';
import { Button, Checkbox, Input, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Industry } from '../../gql/graphql';

export interface PipelineFilterValues {
  search: string;
  industry?: Industry;
  overdueOnly: boolean;
}

export const NO_FILTERS: PipelineFilterValues = { search: '', overdueOnly: false };

export function isFiltered(value: PipelineFilterValues): boolean {
  return value.search.trim() !== '' || value.industry !== undefined || value.overdueOnly;
}

interface Props {
  value: PipelineFilterValues;
  onChange: (value: PipelineFilterValues) => void;
  /** Projects matching across every column, once loaded. */
  matching?: number;
}

/** Search and filters of the board; the API applies them, so the column counts match too. */
export function PipelineToolbar({ value, onChange, matching }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="pipeline-toolbar" data-testid="pipeline-toolbar">
      <Input.Search
        allowClear
        value={value.search}
        placeholder={t('pipeline.search')}
        onChange={(event) => onChange({ ...value, search: event.target.value })}
        className="pipeline-search"
        maxLength={120}
        data-testid="pipeline-search"
      />
      <Select<Industry>
        allowClear
        placeholder={t('pipeline.industryFilter')}
        value={value.industry}
        onChange={(industry) => onChange({ ...value, industry: industry ?? undefined })}
        options={INDUSTRIES.map((industry) => ({ value: industry, label: t(`enums.Industry.${industry}`) }))}
        className="pipeline-industry"
        data-testid="pipeline-industry"
      />
      <Checkbox checked={value.overdueOnly} onChange={(event) => onChange({ ...value, overdueOnly: event.target.checked })} data-testid="pipeline-overdue-only">
        {t('pipeline.overdueOnly')}
      </Checkbox>
      {isFiltered(value) && (
        <>
          {matching !== undefined && (
            <Typography.Text type="secondary" data-testid="pipeline-matching">
              {matching === 0 ? t('pipeline.noMatch') : t('pipeline.filtered', { count: matching })}
            </Typography.Text>
          )}
          <Button type="link" size="small" onClick={() => onChange(NO_FILTERS)} data-testid="pipeline-clear-filters">
            {t('pipeline.clearFilters')}
          </Button>
        </>
      )}
    </Space>
  );
}
