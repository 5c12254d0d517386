import { useQuery } from '@apollo/client/react';
import { Alert, Card, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationsQuery as OrganisationsResult } from '../../gql/graphql';
import { formatDate } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { IndustryTag, KindTag, SensitivityTag } from '../../shared/ui/enum-tags';
import { LoadMore } from '../../shared/ui/LoadMore';
import { PageHeader } from '../../shared/ui/PageHeader';
import { OrganisationDrawer } from './OrganisationDrawer';
import { OrganisationFilters, type OrganisationFilterValues } from './OrganisationFilters';
import { CentreOrganisationCard } from './CentreOrganisationCard';
import { OrganisationsQuery } from './organisations.operations';
import { CreateOrganisationDialog } from '../accounts/CreateOrganisationDialog';
import { InviteDialog } from '../accounts/InviteDialog';
import { useSession } from '../auth/session-context';

type Row = OrganisationsResult['organisations']['edges'][number]['node'];
const PAGE = 20;

export function OrganisationsPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<OrganisationFilterValues>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);
  const { can } = useSession();
  const { data, loading, error, fetchMore, refetch } = useQuery(OrganisationsQuery, {
    variables: { first: PAGE, kind: filters.kind, industry: filters.industry },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.organisations;
  // The API filters by kind and industry; sensitivity is filtered on the rows loaded so far.
  const rows = (connection?.edges.map((edge) => edge.node) ?? []).filter(
    (organisation) => !filters.tier || organisation.sensitivityTier === filters.tier,
  );

  const columns: ColumnsType<Row> = [
    {
      title: t('organisations.name'),
      dataIndex: 'name',
      render: (name: string, row) => (
        <Typography.Link strong onClick={() => setOpenId(row.id)} data-testid={`organisation-${row.id}`}>
          {name}
        </Typography.Link>
      ),
    },
    { title: t('organisations.kind'), dataIndex: 'kind', width: 130, render: (_, row) => <KindTag kind={row.kind} /> },
    { title: t('organisations.industry'), dataIndex: 'industry', width: 140, render: (_, row) => <IndustryTag industry={row.industry} /> },
    {
      title: t('organisations.tier'),
      dataIndex: 'sensitivityTier',
      width: 150,
      render: (_, row) => <SensitivityTag tier={row.sensitivityTier} />,
    },
    { title: t('organisations.members'), width: 90, align: 'right', render: (_, row) => row.members?.totalCount ?? '—' },
    { title: t('organisations.projects'), width: 90, align: 'right', render: (_, row) => row.projects.totalCount },
    { title: t('organisations.createdAt'), dataIndex: 'createdAt', width: 130, render: (value: string) => formatDate(value) },
    // The list holds tenants only (tenantsOnly); the centre's staff are invited from CentreOrganisationCard.
    ...(can('INVITATION_WRITE')
      ? [
          {
            title: '',
            key: 'invite',
            width: 130,
            render: (_: unknown, row: Row) => (
              <InviteDialog size="small" organisationId={row.id} organisationName={row.name} label={t('organisationAdmin.inviteFounder')} />
            ),
          },
        ]
      : []),
  ];

  return (
    <div>
      <PageHeader
        title={t('organisations.title')}
        subtitle={t('organisations.subtitle')}
        extra={
          <Space wrap>
            <Tooltip title={filters.tier ? t('organisations.tierFilterNote') : undefined}>
              <span>
                <OrganisationFilters value={filters} onChange={setFilters} />
              </span>
            </Tooltip>
            {can('ORGANISATION_WRITE') && (
              <CreateOrganisationDialog
                onCreated={(id, name) => {
                  setCreated({ id, name });
                  void refetch();
                }}
              />
            )}
          </Space>
        }
      />
      {created && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCreated(null)}
          style={{ marginBottom: 16 }}
          title={t('organisationAdmin.createdNext', { name: created.name })}
          action={<InviteDialog organisationId={created.id} organisationName={created.name} label={t('organisationAdmin.inviteFounder')} />}
          data-testid="organisation-created"
        />
      )}
      {error && <Alert type="error" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 16 }} />}
      <CentreOrganisationCard />
      <Card>
        <Table<Row>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={loading && !data}
          pagination={false}
          scroll={{ x: true }}
          data-testid="organisations-table"
        />
        {connection && (
          <LoadMore
            loaded={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={loading}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        )}
      </Card>
      <OrganisationDrawer id={openId} onClose={() => setOpenId(null)} />
    </div>
  );
}
