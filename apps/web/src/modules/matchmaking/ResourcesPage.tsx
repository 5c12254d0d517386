import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MatchResourcesQuery as MatchResourcesData, ResourceKind } from '../../gql/graphql';
import { useLocale } from '../../shared/i18n/use-locale';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { ConnectionTable } from '../../shared/ui/ConnectionTable';
import { PageHeader } from '../../shared/ui/PageHeader';
import { RESOURCE_KINDS } from './matchmaking-enums';
import { MatchResourcesQuery } from './matchmaking.operations';
import { resourceColumns, type ResourceRow } from './resource-columns';

export function appendResources(prev: MatchResourcesData, { fetchMoreResult }: { fetchMoreResult: MatchResourcesData }): MatchResourcesData {
  return { matchResources: { ...fetchMoreResult.matchResources, edges: [...prev.matchResources.edges, ...fetchMoreResult.matchResources.edges] } };
}

/** 资源: what the centre can offer startups, with the places each has used this period. */
export function ResourcesPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [kind, setKind] = useState<ResourceKind[]>([]);
  const { data, loading, error, fetchMore } = useQuery(MatchResourcesQuery, { variables: { first: 50, kind: kind.length ? kind : null } });
  return (
    <div data-testid="match-resources-page">
      <PageHeader
        title={t('matchmaking.resources.title')}
        subtitle={t('matchmaking.resources.subtitle')}
        extra={<Link to="/matchmaking/resources/new"><Button type="primary" icon={<PlusOutlined />} data-testid="resource-new">{t('matchmaking.resources.new')}</Button></Link>}
      />
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('matchmaking.kind')} value={kind} onChange={setKind}
            options={RESOURCE_KINDS.map((v) => ({ value: v, label: t(`enums.ResourceKind.${v}`) }))} data-testid="filter-kind" />
        </Space>
        {error && <Alert type="error" showIcon title={describeRequestError(error, t)} />}
        <ConnectionTable<ResourceRow>
          connection={data?.matchResources}
          columns={resourceColumns(t, locale, true)}
          loading={loading}
          onLoadMore={(after) => void fetchMore({ variables: { after }, updateQuery: appendResources })}
          scrollX={1000}
          testId="resources-table"
        />
      </Card>
    </div>
  );
}
