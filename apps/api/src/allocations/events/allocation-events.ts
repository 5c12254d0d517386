import type { AllocationState } from '@suanli/domain';

export const ALLOCATION_CHANGED = 'ALLOCATION_CHANGED';
export const CLUSTER_UTILISATION = 'CLUSTER_UTILISATION';
/** A write was answered by some API process: every process empties its response cache. */
export const RESPONSES_STALE = 'RESPONSES_STALE';

export interface AllocationChangedEvent {
  allocationId: string;
  organisationId: string;
  clusterId: string;
  state: AllocationState;
  at: string;
}

export interface ClusterUtilisationEvent {
  clusterId: string;
  totalCards: number;
  busyCards: number;
  healthyCards: number;
  queuedRequests: number;
  at: string;
}

export type SuanliEvent =
  | { topic: typeof ALLOCATION_CHANGED; payload: AllocationChangedEvent }
  | { topic: typeof CLUSTER_UTILISATION; payload: ClusterUtilisationEvent }
  | { topic: typeof RESPONSES_STALE; payload: { at: string } };
