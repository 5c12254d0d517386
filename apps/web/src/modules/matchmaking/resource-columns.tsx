import type { ColumnsType } from 'antd/es/table';
import { Progress, Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router-dom';
import type { MatchResourceListFieldsFragment } from '../../gql/graphql';
import { formatDate } from '../../shared/format/format';
import type { Language } from '../../i18n/languages';
import { MatchTagList } from './match-tags';
import { inLanguage } from './matchmaking-model';

export type ResourceRow = MatchResourceListFieldsFragment;

/** "1 / 3 本季度" with a bar: the places accepted introductions take in the current period. */
export function CapacityUse({ resource, locale }: { resource: Pick<ResourceRow, 'capacityUse'>; locale: Language }) {
  const use = resource.capacityUse;
  const period = inLanguage(locale, use.periodLabelZh, use.periodLabelEn);
  return (
    <div data-testid="resource-capacity" data-taken={use.taken} data-left={use.left} style={{ minWidth: 120 }}>
      <Typography.Text>{`${use.taken} / ${use.capacity} · ${period}`}</Typography.Text>
      <Progress percent={use.capacity > 0 ? Math.round((100 * use.taken) / use.capacity) : 100} showInfo={false} size="small" status={use.left === 0 ? 'exception' : 'normal'} />
    </div>
  );
}

/** Whether the resource takes matches: off, or the days it does. */
export function Availability({ resource, t }: { resource: Pick<ResourceRow, 'available' | 'availableFrom' | 'availableUntil'>; t: TFunction }) {
  if (!resource.available) return <Tag data-testid="resource-unavailable">{t('matchmaking.resources.unavailable')}</Tag>;
  const from = resource.availableFrom ? formatDate(resource.availableFrom) : null;
  const until = resource.availableUntil ? formatDate(resource.availableUntil) : null;
  return (
    <Space size={4} wrap>
      <Tag color="success">{t('matchmaking.resources.available')}</Tag>
      {(from || until) && <Typography.Text type="secondary">{`${from ?? '…'} – ${until ?? '…'}`}</Typography.Text>}
    </Space>
  );
}

export function resourceColumns(t: TFunction, locale: Language, editable: boolean): ColumnsType<ResourceRow> {
  return [
    {
      key: 'name',
      title: t('matchmaking.resources.name'),
      render: (_, row) => (editable ? <Link to={`/matchmaking/resources/${row.id}`} data-testid="resource-link">{row.name}</Link> : <span data-testid="resource-name">{row.name}</span>),
    },
    { key: 'kind', title: t('matchmaking.kind'), render: (_, row) => t(`enums.ResourceKind.${row.kind}`) },
    { key: 'owner', title: t('matchmaking.resources.owner'), render: (_, row) => row.ownerName ?? '—' },
    { key: 'tags', title: t('matchmaking.tags.title'), render: (_, row) => <MatchTagList tags={row.tags} /> },
    { key: 'capacity', title: t('matchmaking.resources.capacityUsed'), render: (_, row) => <CapacityUse resource={row} locale={locale} /> },
    { key: 'availability', title: t('matchmaking.resources.availability'), render: (_, row) => <Availability resource={row} t={t} /> },
  ];
}
