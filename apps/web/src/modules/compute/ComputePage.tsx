import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Select, Skeleton, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { AddNodesDialog } from './AddNodesDialog';
import { ClusterAdmin } from './ClusterAdmin';
import { ClusterGrid } from './ClusterGrid';
import { ComputeStats } from './ComputeStats';
import { CreateClusterDialog } from './CreateClusterDialog';
import { OrganisationColoursContext } from './org-colours';
import './compute.css';
import { GridLegend } from './GridLegend';
import { NodeDialog } from './NodeDialog';
import { OrganisationWeights } from './OrganisationWeights';
import { QueueTable } from './QueueTable';
import { UrgentApprovals } from './UrgentApprovals';
import { useComputePage } from './use-compute-page';

/** 算力调度: the cluster grid, the queue and the organisations' weights and quotas. */
export function ComputePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const page = useComputePage();
  const { data, loading, error, refresh, clusters, cluster, colours, summary } = page;

  if (!data && loading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!cluster || !summary) {
    if (error) return <Alert type="error" showIcon title={describeRequestError(error, t)} />;
    // A new centre starts with no cluster: whoever may build the inventory starts it here.
    return (
      <Empty description={t('compute.noClusters')} data-testid="no-clusters">
        {can('INVENTORY_WRITE') && (
          <CreateClusterDialog
            onCreated={(id) => {
              page.chooseCluster(id);
              refresh();
            }}
          />
        )}
      </Empty>
    );
  }

  const u = cluster.utilisation;
  return (
    <OrganisationColoursContext.Provider value={colours}>
      <div data-testid="compute-page" data-cluster-id={cluster.id} data-cluster-name={cluster.name}>
        <PageHeader
          title={t('compute.title')}
          subtitle={t('compute.subtitle', { name: cluster.name, time: formatDateTime(u.at) })}
          extra={
            <Space wrap>
              {clusters.length > 1 && (
                <Select value={cluster.id} onChange={page.chooseCluster} options={clusters.map((c) => ({ value: c.id, label: c.name }))} style={{ minWidth: 220 }} data-testid="cluster-select" />
              )}
              {can('INVENTORY_WRITE') && <AddNodesDialog clusterId={cluster.id} onAdded={refresh} />}
              {can('INVENTORY_WRITE') && (
                <CreateClusterDialog
                  onCreated={(id) => {
                    page.chooseCluster(id);
                    refresh();
                  }}
                />
              )}
              {can('INVENTORY_WRITE') && (
                <ClusterAdmin key={cluster.id} cluster={{ id: cluster.id, name: cluster.name, nodeCount: cluster.nodes.length }} onChanged={page.clusterChanged} />
              )}
              <Button icon={<ReloadOutlined />} onClick={refresh} loading={loading}>
                {t('pipeline.refresh')}
              </Button>
            </Space>
          }
        />
        {error && <Alert type="warning" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
        <ComputeStats u={u} summary={summary} />
        <Tabs
          activeKey={page.tab}
          onChange={page.setTab}
          items={[
            {
              key: 'cluster',
              label: <span data-testid="compute-tab-cluster">{t('compute.tabCluster')}</span>,
              children: (
                <Card>
                  {cluster.nodes.length === 0 ? (
                    <Empty description={t('compute.noNodes')} data-testid="cluster-empty" />
                  ) : (
                    <>
                      <GridLegend summary={summary} />
                      <ClusterGrid cluster={cluster} onNodeClick={page.onNodeClick} />
                    </>
                  )}
                </Card>
              ),
            },
            {
              key: 'queue',
              label: <span data-testid="compute-tab-queue">{t('compute.tabQueue', { count: u.queuedRequests })}</span>,
              children: (
                <>
                  {can('SCHEDULING_WRITE') && <UrgentApprovals />}
                  <QueueTable clusterId={cluster.id} cardTypes={cluster.cardTypes} canCancel={can('ALLOCATION_MANAGE')} />
                </>
              ),
            },
            {
              key: 'organisations',
              label: <span data-testid="compute-tab-organisations">{t('compute.tabOrganisations')}</span>,
              children: <OrganisationWeights clusterId={cluster.id} cardTypes={cluster.cardTypes} canEdit={can('SCHEDULING_WRITE')} />,
            },
          ]}
        />
        <NodeDialog
          node={page.dialogNode}
          canDrain={can('NODE_DRAIN')}
          canRetire={can('INVENTORY_WRITE')}
          canStop={can('ALLOCATION_MANAGE')}
          onClose={page.closeNode}
          onChanged={refresh}
        />
      </div>
    </OrganisationColoursContext.Provider>
  );
}
