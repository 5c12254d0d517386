import type { AllocationState } from '@suanli/domain';

export const ALLOCATION_CHANGED = 'ALLOCATION_CHANGED';
export const CLUSTER_UTILISATION = 'CLUSTER_UTILISATION';

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

declare module '../../common/events/event-types.js' {
  interface SuanliEvents {
    [ALLOCATION_CHANGED]: AllocationChangedEvent;
    [CLUSTER_UTILISATION]: ClusterUtilisationEvent;
  }
}
