import type { CapacityPeriod, ConflictReason, IntroductionOutcome, IntroductionStatus, NeedState, NeedUrgency, ResourceKind } from '../../gql/graphql';

/** The schema's enums in the order the screens list them (most common first, not alphabetical). */
export const RESOURCE_KINDS: readonly ResourceKind[] = ['MENTOR', 'PARTNER', 'CUSTOMER', 'INVESTOR', 'DATASET', 'ADAPTATION_ENGINEER'];
export const CAPACITY_PERIODS: readonly CapacityPeriod[] = ['QUARTER', 'MONTH', 'CONCURRENT'];
export const NEED_URGENCIES: readonly NeedUrgency[] = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'];
export const NEED_STATES: readonly NeedState[] = ['OPEN', 'MATCHED', 'CLOSED'];
export const INTRODUCTION_STATUSES: readonly IntroductionStatus[] = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'MET', 'CONCLUDED'];
export const INTRODUCTION_OUTCOMES: readonly IntroductionOutcome[] = ['DEAL', 'PILOT', 'INVESTMENT', 'NO_DEAL'];
export const CONFLICT_REASONS: readonly ConflictReason[] = ['DECLARED', 'PORTFOLIO'];

/** The four tag families a resource and a need are compared on. */
export const TAG_FAMILIES = ['industries', 'technologies', 'stages', 'regions'] as const;
export type TagFamily = (typeof TAG_FAMILIES)[number];
