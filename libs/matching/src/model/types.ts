/**
 * The contract between this library and the API feature `matchmaking`
 * (docs in libs/matching/README.md). Names and shapes are fixed; additions are marked.
 */

export const RESOURCE_KINDS = ['MENTOR', 'PARTNER', 'CUSTOMER', 'INVESTOR', 'DATASET', 'ADAPTATION_ENGINEER'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const URGENCIES = ['LOW', 'NORMAL', 'HIGH', 'CRITICAL'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const INTRODUCTION_OUTCOMES = ['DEAL', 'PILOT', 'INVESTMENT', 'NO_DEAL'] as const;
export type IntroductionOutcome = (typeof INTRODUCTION_OUTCOMES)[number];

/** Tags are slugs; comparison ignores case and treats `_` like `-` (REMOTE_SENSING = remote-sensing). */
export interface MatchTags {
  industries: readonly string[];
  technologies: readonly string[];
  /** Project stages the resource suits, e.g. ['ADAPTATION','INCUBATING']; empty: any stage. */
  stages: readonly string[];
  regions: readonly string[];
}

export interface ReasonText {
  'zh-CN': string;
  en: string;
}

export type Locale = keyof ReasonText;

export interface MatchResource {
  id: string;
  kind: ResourceKind;
  /** For explanations only. */
  name: string;
  /** The organisation offering it (null: a person of the centre). */
  ownerOrganisationId: string | null;
  tags: MatchTags;
  /** Places per period (integer >= 0). */
  capacity: number;
  /** Places taken by accepted introductions in the current period. */
  used: number;
  /** e.g. {'zh-CN':'本季度', en:'this quarter'} or {'zh-CN':'同时', en:'at once'}. */
  periodLabel: ReasonText;
  /** false: on leave / not taking new matches. */
  available: boolean;
  /** Investors: portfolio companies. */
  investedInOrganisationIds: readonly string[];
  /** Declared relations (must never be matched). */
  declaredConflictOrganisationIds: readonly string[];
}

export interface MatchNeed {
  id: string;
  kind: ResourceKind;
  /** The startup. */
  organisationId: string;
  organisationName: string;
  /** The startup's declared competitors. */
  competitorOrganisationIds: readonly string[];
  tags: MatchTags;
  /** The project's current stage. */
  stage: string;
  urgency: Urgency;
  /** ISO; older needs break ties first. */
  postedAt: string;
}

/** History used for "past outcomes of similar introductions". */
export interface PastIntroduction {
  resourceId: string;
  resourceKind: ResourceKind;
  needTags: MatchTags;
  outcome: IntroductionOutcome | 'DECLINED';
}

export type ScoreReasonCode =
  | 'INDUSTRY_OVERLAP'
  | 'TECHNOLOGY_OVERLAP'
  | 'STAGE_FIT'
  | 'REGION'
  | 'URGENCY'
  | 'PAST_OUTCOMES'
  | 'CAPACITY_LEFT'
  | 'NO_CONFLICT';

export interface ScoreReason {
  code: ScoreReasonCode | (string & {});
  /** Contribution to the score (integer >= 0). */
  points: number;
  /** Plain words, e.g. "shares the remote-sensing industry". */
  text: ReasonText;
}

export type ConflictKind = 'SELF' | 'COMPETITOR' | 'INVESTED_IN_COMPETITOR' | 'DECLARED';

/** Why a pair cannot be matched (addition: the API can say why a manager's override is refused). */
export type InfeasibleReason = 'KIND_MISMATCH' | 'UNAVAILABLE' | 'NO_CAPACITY_LEFT' | ConflictKind;

export interface ScoredPair {
  needId: string;
  resourceId: string;
  /** Integer >= 1 for feasible pairs, higher is better. */
  score: number;
  reasons: ScoreReason[];
  /** The reasons joined: "shares the remote-sensing industry; has 1 of 3 places left this quarter; no conflict of interest". */
  explanation: ReasonText;
}

/**
 * Points per criterion (integers >= 0). Overlaps give `weight × shared / asked`, so a need that
 * asks for two industries and finds both gets the whole weight.
 */
export interface MatchWeights {
  industry: number;
  technology: number;
  region: number;
  /** The resource lists the need's stage; half of it when the resource suits any stage. */
  stage: number;
  /** CRITICAL gets all of it, HIGH 2/3, NORMAL 1/3, LOW none: urgent needs win contended places. */
  urgency: number;
  /** × the smoothed success rate of similar past introductions (0.5 with no history). */
  pastOutcomes: number;
  /** × the share of places left (at least 1 point, so every feasible pair is worth assigning). */
  capacityLeft: number;
}

export interface MatchingInput {
  needs: readonly MatchNeed[];
  resources: readonly MatchResource[];
  history?: readonly PastIntroduction[];
  /** Defaults: DEFAULT_WEIGHTS. */
  weights?: Partial<MatchWeights>;
  /** Default 5. */
  rankedPerNeed?: number;
  /** Default 1 (one resource per need). */
  placesPerNeed?: number;
  /** Addition. AUTO (default): HUNGARIAN when one place per need and every resource has at most 1 place left, else LP. */
  solver?: 'AUTO' | 'HUNGARIAN' | 'LP' | 'GREEDY';
  /**
   * Addition. Only each need's best `candidatesPerNeed` feasible pairs, plus the pairs of the
   * greedy baseline, become variables of the assignment (default: every feasible pair). The
   * baseline itself always uses every feasible pair, so the total is still never below it.
   */
  candidatesPerNeed?: number;
}

export interface NeedSuggestions {
  needId: string;
  /** Best first; only feasible pairs (same kind, no conflict, capacity left, available). */
  ranked: ScoredPair[];
  /** The resource chosen by the global assignment (the best of `assignments`), or null. */
  assigned: ScoredPair | null;
  /** Addition: every resource assigned to this need (more than one when placesPerNeed > 1), best first. */
  assignments: ScoredPair[];
}

export interface MatchingResult {
  /** In input order of needs. */
  needs: NeedSuggestions[];
  method: 'HUNGARIAN' | 'LP' | 'GREEDY';
  /** Sum of assigned scores. */
  totalScore: number;
  /** The greedy baseline on the same input. */
  greedyTotalScore: number;
  /** Addition: pairs of the greedy baseline (for comparison views and tests). */
  greedyAssignments: readonly { needId: string; resourceId: string; score: number }[];
  /** Addition: number of feasible pairs the assignment chose from (its variables). */
  candidatePairs: number;
  /** Addition: the LP optimum was not integral and integer mode was used (LP method only). */
  usedIntegerMode: boolean;
}

export type MatchingInputErrorCode =
  | 'DUPLICATE_NEED_ID'
  | 'DUPLICATE_RESOURCE_ID'
  | 'UNKNOWN_KIND'
  | 'UNKNOWN_URGENCY'
  | 'INVALID_POSTED_AT'
  | 'NEGATIVE_CAPACITY'
  | 'NON_INTEGER_CAPACITY'
  | 'NEGATIVE_USED'
  | 'NON_INTEGER_USED'
  | 'USED_OVER_CAPACITY'
  | 'CONFLICT_WITH_SELF'
  | 'COMPETITOR_IS_SELF'
  | 'INVALID_WEIGHT'
  | 'INVALID_RANKED_PER_NEED'
  | 'INVALID_PLACES_PER_NEED'
  | 'INVALID_CANDIDATES_PER_NEED'
  | 'HUNGARIAN_NEEDS_ONE_PLACE_PER_NEED';

export interface MatchingInputError {
  code: MatchingInputErrorCode;
  /** The need or resource id concerned, or the option name. */
  subject: string;
  message: string;
}
