import { useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { summarise, type GridNode } from './cluster-grid-model';
import { ClusterGridQuery, ClusterUtilisationSubscription, OrganisationSchedulingQuery } from './compute.operations';
import { assignOrganisationColours, organisationColour, type OrganisationColours } from './org-colours';

export const COMPUTE_TABS = ['cluster', 'queue', 'organisations'] as const;
export type ComputeTab = (typeof COMPUTE_TABS)[number];

/** The tab named in the URL, or the grid. */
export function tabOf(value: string | null): ComputeTab {
  return (COMPUTE_TABS as readonly string[]).includes(value ?? '') ? (value as ComputeTab) : 'cluster';
}

/** The console's data: the chosen cluster's grid kept fresh, organisation colours, the tab and the open node. */
export function useComputePage() {
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params.get('tab'));
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

  return {
    data, loading, error, refresh, clusters, cluster, colours, summary, tab, dialogNode, onNodeClick,
    chooseCluster: setClusterId,
    closeNode: () => setOpenNode(null),
    setTab: (key: string) => setParams(key === 'cluster' ? {} : { tab: key }, { replace: true }),
    /** After a rename, reload; after a delete, fall back to the default cluster. */
    clusterChanged: (deleted: boolean) => {
      if (deleted) setClusterId(null);
      refresh();
    },
  };
}
