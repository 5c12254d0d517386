import type { LRUCache } from 'lru-cache';
import { defineFeature } from '../common/feature/define-feature.js';
import { rowCache } from '../common/graphql/shared-caches.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { AllocationsModule } from './allocations.module.js';
import { ALLOCATION_FIELD_RULES } from './allocations.field-rules.js';
import { AllocationRequestEntity } from './entities/allocation-request.entity.js';
import { CardHoldingEntity } from './entities/card-holding.entity.js';
import { OrganisationSchedulingEntity } from './entities/organisation-scheduling.entity.js';
import { ALLOCATION_CHANGED, CLUSTER_UTILISATION } from './events/allocation-events.js';
import { allocationSummaryByProjectLoader, type AllocationSummaryRow } from './loaders/allocation-summary-by-project.loader.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    allocationSummaryByProject: ReturnType<typeof allocationSummaryByProjectLoader>;
  }
}

declare module '../common/graphql/shared-caches.js' {
  interface SharedCaches {
    allocationSummaries: LRUCache<string, AllocationSummaryRow>;
  }
}

export const allocationsFeature = defineFeature({
  name: 'allocations',
  module: AllocationsModule,
  entities: [AllocationRequestEntity, CardHoldingEntity, OrganisationSchedulingEntity],
  fieldRules: ALLOCATION_FIELD_RULES,
  loaders: { allocationSummaryByProject: ({ dataSource, caches }) => allocationSummaryByProjectLoader(dataSource, caches) },
  // The loader documents the 2 s.
  caches: { allocationSummaries: rowCache<AllocationSummaryRow>({ max: 20_000, ttlMs: 2_000 }) },
  errorCodes: [
    UserErrorCode.UNKNOWN_CARD_TYPE,
    UserErrorCode.EXCEEDS_CLUSTER_CAPACITY,
    UserErrorCode.INVALID_CARD_COUNT,
    UserErrorCode.INVALID_DURATION,
    UserErrorCode.EXCEEDS_QUOTA,
    UserErrorCode.PROJECT_CANNOT_REQUEST,
    UserErrorCode.TOO_MANY_OPEN_REQUESTS,
    UserErrorCode.NOT_AWAITING_URGENCY_DECISION,
    UserErrorCode.INVALID_WEIGHT,
    UserErrorCode.INVALID_QUOTA,
    UserErrorCode.QUOTA_EXCEEDS_CAPACITY,
  ],
  permissions: ['ALLOCATION_REQUEST', 'ALLOCATION_MANAGE', 'SCHEDULING_WRITE'],
  events: {
    // Cached pages show allocation summaries; a state change anywhere makes them stale.
    [ALLOCATION_CHANGED]: { emptiesResponseCache: true },
    [CLUSTER_UTILISATION]: { emptiesResponseCache: false },
  },
});
