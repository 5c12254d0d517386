/** The compute feature's public surface: other folders import it from here only. */
export { lockCluster } from './cluster-lock.js';
export { CLUSTER_WORK, type ClusterWork } from './cluster-work.port.js';
export { computeFeature } from './compute.feature.js';
export { ComputeModule } from './compute.module.js';
export { CardEntity } from './entities/card.entity.js';
export { ClusterEntity } from './entities/cluster.entity.js';
export { NodeEntity } from './entities/node.entity.js';
export { Cluster, ClusterUtilisation } from './models/cluster.model.js';
export { InventoryService } from './services/inventory.service.js';
