import { useQuery } from '@apollo/client/react';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../shared/i18n/use-locale';
import { MatchResourcesQuery } from './matchmaking.operations';
import { resourceColumns, type ResourceRow } from './resource-columns';

/** The resources the reader answers for (theirs or their organisation's), with the places they have used; nothing when none. */
export function MyResourcesCard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, loading } = useQuery(MatchResourcesQuery, { variables: { first: 100 } });
  const rows = data?.matchResources.edges.map((e) => e.node) ?? [];
  if (!loading && rows.length === 0) return null;
  return (
    <Card size="small" title={t('matchmaking.resources.mine')} data-testid="my-resources">
      <Table<ResourceRow> size="small" rowKey="id" pagination={false} loading={loading} dataSource={rows}
        columns={resourceColumns(t, locale, false).filter((c) => c.key !== 'owner')} scroll={{ x: 720 }} />
    </Card>
  );
}
