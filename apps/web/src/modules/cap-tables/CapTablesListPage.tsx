import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Select, Skeleton, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { CapTableListQuery as CapTableListResult } from '../../gql/graphql';
import { useFormat } from '../../shared/format/use-format';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { groupedShares } from './cap-table-model';
import { CapTableListQuery } from './cap-tables.operations';

type Listing = CapTableListResult['capTables'][number];

/** The startups with a cap table on record, and a way to open one that has none yet. */
export function CapTablesListPage() {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(CapTableListQuery);
  const [chosen, setChosen] = useState<string | undefined>();
  const listed = new Set(data?.capTables.map((listing) => listing.organisationId));
  const startups = (data?.organisations.edges ?? []).map((edge) => edge.node).filter((node) => node.kind === 'STARTUP' && !listed.has(node.id));
  const columns: ColumnsType<Listing> = [
    {
      key: 'organisation',
      title: t('capTables.columns.organisation'),
      fixed: 'left',
      render: (_, listing) => (
        <Link to={`/equity/cap-tables/${listing.organisationId}`} data-testid="cap-table-link">
          {listing.organisationName}
        </Link>
      ),
    },
    { key: 'stakeholders', title: t('capTables.columns.stakeholders'), align: 'right', dataIndex: 'stakeholderCount' },
    { key: 'outstanding', title: t('capTables.columns.outstanding'), align: 'right', render: (_, listing) => groupedShares(listing.totalOutstandingShares, locale) },
    { key: 'centre', title: t('capTables.columns.centre'), align: 'right', render: (_, listing) => groupedShares(listing.centreShares, locale) },
    { key: 'lines', title: t('capTables.columns.creditLines'), align: 'right', dataIndex: 'creditLineCount' },
  ];
  return (
    <div data-testid="cap-tables-page">
      <PageHeader title={t('capTables.listTitle')} subtitle={t('capTables.listSubtitle')} />
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      {loading && !data && <Skeleton active />}
      {data && (
        <Card style={{ marginBottom: 16 }}>
          {data.capTables.length === 0 ? (
            <Empty description={t('capTables.listEmpty')} />
          ) : (
            <Table<Listing> rowKey="organisationId" size="small" columns={columns} dataSource={[...data.capTables]} pagination={false} scroll={{ x: 560 }} />
          )}
        </Card>
      )}
      {data && startups.length > 0 && (
        <Card size="small" title={t('capTables.openOther')}>
          <Space wrap style={{ width: '100%' }}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('capTables.openPlaceholder')}
              value={chosen}
              onChange={setChosen}
              options={startups.map((node) => ({ value: node.id, label: node.name }))}
              style={{ minWidth: 220, maxWidth: '100%' }}
              data-testid="cap-open-select"
            />
            <Button type="primary" disabled={!chosen} onClick={() => chosen && navigate(`/equity/cap-tables/${chosen}`)} data-testid="cap-open">
              {t('capTables.open')}
            </Button>
          </Space>
        </Card>
      )}
    </div>
  );
}
