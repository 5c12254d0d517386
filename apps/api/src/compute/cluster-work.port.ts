import type { EntityManager } from 'typeorm';

/**
 * What the inventory needs from the work placed on it. Compute is the inventory, below
 * allocations: compute declares the port and allocations (the scheduler) provides it.
 */
export interface ClusterWork {
  /** Resolves after a scheduling pass of the cluster that started after this call has finished. */
  requestPass(clusterId: string): Promise<unknown>;
  /** Requests a pass and waits for it briefly: for changes whose answer does not depend on it. */
  passSoon(clusterId: string): Promise<void>;
  /** Inside the transaction that marked the card FAILED, under the cluster's lock: ends the work running on it. */
  endWorkOnFailedCard(manager: EntityManager, cardId: string): Promise<void>;
}

export const CLUSTER_WORK = Symbol('CLUSTER_WORK');
