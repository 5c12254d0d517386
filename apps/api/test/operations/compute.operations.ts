import { graphql } from '../gql/index.js';

/** The inventory operations API tests send (clusters, nodes), typed from docs/schema.graphql by codegen. */
export const CreateClusterWithDescription = graphql(`
  mutation CreateClusterWithDescription($input: CreateClusterInput!) {
    createCluster(input: $input) { cluster { id name description } userErrors { code field } }
  }
`);

export const AddNodesCodes = graphql(`mutation AddNodesCodes($input: AddNodesInput!) { addNodes(input: $input) { cluster { id } userErrors { code } } }`);

export const RetireNode = graphql(`
  mutation RetireNode($id: ID!) { retireNode(input: { nodeId: $id }) { node { id name drained retiredAt } userErrors { code field } } }
`);

export const DrainNodeForDecommissioning = graphql(`
  mutation DrainNodeForDecommissioning($id: ID!) {
    drainNode(input: { nodeId: $id, reason: "decommissioning (e2e)" }) { node { drained } userErrors { code } }
  }
`);

export const RestoreNode = graphql(`mutation RestoreNode($id: ID!) { restoreNode(input: { nodeId: $id }) { node { drained } userErrors { code } } }`);

export const ClusterGrid = graphql(`
  query ClusterGrid($id: ID!) {
    cluster(id: $id) { id cardTypes utilisation { totalCards healthyCards } nodes { id name drained cards { holder { allocationId } } } }
  }
`);

export const ClusterIds = graphql(`query ClusterIds { clusters { id name } }`);

export const ClusterCardHolders = graphql(`query ClusterCardHolders { clusters { id nodes { id cardType cards { id holder { allocationId } } } } }`);

/** Whose cards the caller holds (`mine`), as a founder sees the grid. */
export const MyClusterCardHolders = graphql(`
  query MyClusterCardHolders { clusters { id nodes { cardType cards { holder { allocationId mine } } } } }
`);

export const DrainNodeForRepair = graphql(`
  mutation DrainNodeForRepair($id: ID!) {
    drainNode(input: { nodeId: $id, reason: "fan replacement" }) { node { drained cards { health } } userErrors { code } }
  }
`);

export const ReportCardFailed = graphql(`
  mutation ReportCardFailed($id: ID!) {
    reportCardHealth(input: { cardId: $id, health: FAILED }) { card { health holder { allocationId } } userErrors { code } }
  }
`);

export const ReportCardHealthy = graphql(`
  mutation ReportCardHealthy($id: ID!) { reportCardHealth(input: { cardId: $id, health: HEALTHY }) { userErrors { code } } }
`);

export const CreateCluster = graphql(`
  mutation CreateCluster($input: CreateClusterInput!) { createCluster(input: $input) { cluster { id name } userErrors { code field } } }
`);

export const RenameCluster = graphql(`
  mutation RenameCluster($input: RenameClusterInput!) { renameCluster(input: $input) { cluster { id name } userErrors { code field } } }
`);

export const DeleteCluster = graphql(`
  mutation DeleteCluster($input: DeleteClusterInput!) { deleteCluster(input: $input) { deletedClusterId userErrors { code field } } }
`);
