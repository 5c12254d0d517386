import { ReloadOutlined } from '@ant-design/icons';
import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, Card, Col, Empty, Row, Select, Skeleton, Space, Statistic, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { formatDateTime } from '../../shared/lib/datetime';
import { describeRequestError } from '../../shared/lib/graphql-errors';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useSession } from '../auth/session-context';
import { AddNodesDialog } from './AddNodesDialog';
import { ClusterGrid } from './ClusterGrid';
import { CreateClusterDialog } from './CreateClusterDialog';
import { summarise, type GridNode } from './cluster-grid-model';
import { ClusterGridQuery, ClusterUtilisationSubscription, OrganisationSchedulingQuery } from './compute.operations';
import { assignOrganisationColours, OrganisationColoursContext, organisationColour, type OrganisationColours } from './org-colours';
import './compute.css';
import { GridLegend } from './GridLegend';
import { NodeDialog } from './NodeDialog';
import { OrganisationWeights } from './OrganisationWeights';
import { QueueTable } from './QueueTable';
import { UrgentApprovals } from './UrgentApprovals';

const TABS = ['cluster', 'queue', 'organisations'] as const;
type TabKey = (typeof TABS)[number];

/** 算力调度: the cluster grid, the queue and the organisations' weights and quotas. */
export function ComputePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'cluster';
  const [clusterId, setClusterId] = useState<string | null>(null);
  const [openNode, setOpenNode] = useState<GridNode | null>(null);

  // ~460 kB of cards: kept out of the normalised cache, refetched on live events and every 15 s.
  const { data, loading, error, refetch } = useQuery(ClusterGridQuery, { fetchPolicy: 'no-cache', pollInterval: 15_000 });
  const lastRefetch = useRef(0);
  const refresh = useCallback(() => void refetch(), [refetch]);
  useSubscription(ClusterUtilisationSubscription, {
    onData: () => {
      const now = Date.now();
      if (now - lastRefetch.current < 2000) return;
      lastRefetch.current = now;
      refresh();
    },
  });

  const clusters = data?.clusters ?? [];
  const cluster = clusters.find((c) => c.id === clusterId) ?? clusters[0];
  // Every customer organisation (the weights tab's query, shared through the cache) fixes the colours.
  const { data: scheduling } = useQuery(OrganisationSchedulingQuery, { variables: { first: 100 } });
  const colours = useMemo<OrganisationColours>(() => {
    const ids = scheduling?.organisationScheduling.edges.map((edge) => edge.node.organisation.id) ?? [];
    for (const node of cluster?.nodes ?? []) for (const card of node.cards) if (card.holder?.organisationId) ids.push(card.holder.organisationId);
    const map = assignOrganisationColours(ids);
    return (id) => map.get(id) ?? organisationColour(id);
  }, [scheduling, cluster]);
  const summary = useMemo(() => (cluster ? summarise(cluster, colours) : null), [cluster, colours]);
  const onNodeClick = useCallback((node: GridNode) => setOpenNode(node), []);
  // Keep the dialog on the fresh copy of the node after a reload.
  const dialogNode = openNode ? (cluster?.nodes.find((node) => node.id === openNode.id) ?? openNode) : null;

  if (!data && loading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!cluster || !summary) {
    return error ? <Alert type="error" showIcon title={describeRequestError(error, t)} /> : <Empty description={t('compute.noClusters')} />;
  }

  const u = cluster.utilisation;
  return (
    <OrganisationColoursContext.Provider value={colours}>
      <div data-testid="compute-page" data-cluster-id={cluster.id}>
        <PageHeader
          title={t('compute.title')}
          subtitle={t('compute.subtitle', { name: cluster.name, time: formatDateTime(u.at) })}
          extra={
            <Space>
              {clusters.length > 1 && (
                <Select value={cluster.id} onChange={setClusterId} options={clusters.map((c) => ({ value: c.id, label: c.name }))} style={{ minWidth: 220 }} />
              )}
              {can('INVENTORY_WRITE') && <AddNodesDialog clusterId={cluster.id} onAdded={refresh} />}
              {can('INVENTORY_WRITE') && (
                <CreateClusterDialog
                  onCreated={(id) => {
                    setClusterId(id);
                    refresh();
                  }}
                />
              )}
              <Button icon={<ReloadOutlined />} onClick={refresh} loading={loading}>
                {t('pipeline.refresh')}
              </Button>
            </Space>
          }
        />
        {error && <Alert type="warning" showIcon title={describeRequestError(error, t)} style={{ marginBottom: 12 }} />}
        <Card className="compute-stats" style={{ marginBottom: 16 }} data-testid="compute-stats">
          <Row gutter={[24, 12]}>
            <Col xs={12} md={6}>
              <Statistic title={t('compute.busyCards')} value={u.busyCards} suffix={`/ ${u.totalCards}`} styles={{ content: { fontVariantNumeric: 'tabular-nums' } }} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t('compute.utilisation')}
                value={Math.round(u.utilisation * 1000) / 10}
                precision={1}
                suffix="%"
                styles={{ content: { color: u.utilisation >= 0.95 ? '#cf1322' : u.utilisation >= 0.8 ? '#d46b08' : '#389e0d' } }}
                data-testid="compute-utilisation"
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('compute.healthyCards')} value={u.healthyCards} suffix={`/ ${u.totalCards}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('compute.queuedRequests')} value={u.queuedRequests} />
            </Col>
          </Row>
          <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8, fontSize: 13 }}>
            {summary.byType
              .map((f) => t('compute.typeLine', { cardType: f.cardType, busy: f.busy, total: f.total, free: f.free, drained: f.drained + f.failed }))
              .join(' · ')}
          </Typography.Text>
        </Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'cluster' ? {} : { tab: key }, { replace: true })}
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
                      <ClusterGrid cluster={cluster} onNodeClick={onNodeClick} />
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
          node={dialogNode}
          canDrain={can('NODE_DRAIN')}
          canRetire={can('INVENTORY_WRITE')}
          canStop={can('ALLOCATION_MANAGE')} onClose={() => setOpenNode(null)} onChanged={refresh} />
      </div>
    </OrganisationColoursContext.Provider>
  );
}
