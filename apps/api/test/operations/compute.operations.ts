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
