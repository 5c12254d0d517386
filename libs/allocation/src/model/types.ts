/**
 * Public data shapes of the allocation library. Times are plain numbers of seconds
 * (the API converts from Date) so the library stays pure and browser-safe.
 */

/** Lowest to highest: adaptation work fills gaps, urgent work may preempt the others. */
export type PriorityClass = 'ADAPTATION' | 'STANDARD' | 'URGENT';

export type PolicyName = 'suanli' | 'fifo' | 'easy';

/** How suanli places a request of at most one domain's cards (see PolicyConfig.placement). */
export type PlacementMode = 'best-fit' | 'end-aligned' | 'end-aligned-tightest' | 'shadow-else-best-fit';

export interface CardSpec {
  id: string;
  /** Interconnect domain inside the node; a gang of at most one domain's cards stays inside one. */
  domainId: string;
  /** false = drained or failed: never given to new work, running work on it finishes. */
  healthy: boolean;
}

export interface NodeSpec {
  id: string;
  cardType: string;
  domainSize: number;
  cards: CardSpec[];
}

export interface OrgSpec {
  id: string;
  /** Relative entitlement; an organisation of weight 2 is entitled to twice the cards of weight 1. */
  weight: number;
  /** Maximum cards the organisation may hold at once; null/undefined = no quota. */
  quotaCards?: number | null;
  /** Decayed past usage in card-seconds (see decayUsage). */
  usageCardSeconds: number;
}


export interface PendingRequest {
  id: string;
  orgId: string;
  projectId?: string;
  cards: number;
  cardType: string;
  /** Time limit: the request is stopped after this many seconds. */
  durationS: number;
  /**
   * Predicted run time (e.g. from the organisation's history, see RuntimePredictor); the plan
   * books this instead of the limit (capped at it). The work still runs to its real end.
   */
  predictedDurationS?: number | null;
  submitS: number;
  priority: PriorityClass;
  preemptible: boolean;
  earliestStartS?: number | null;
  /**
   * Past a deadline the centre promised (an adaptation project past its two weeks): suanli
   * serves it first within its class, before fair share and size (oldest submit first among
   * overdue requests). The API sets it; the baselines ignore it.
   */
  overdue?: boolean | null;
}

export interface RunningAllocation {
  requestId: string;
  orgId: string;
  cardType: string;
  cardIds: string[];
  startS: number;
  /** start + time limit */
  endS: number;
  /** start + predicted run time, when predicted; the plan books it while it lies ahead (see replannedEndS). */
  predictedEndS?: number | null;
  priority: PriorityClass;
  preemptible: boolean;
  /** Set when the allocation is already under preemption notice. */
  preemptAtS?: number | null;
  /** The request the notice was given for (from SchedulePlan.preemptions), to explain its wait. */
  preemptedForRequestId?: string | null;
}

export interface ScheduleInput {
  nowS: number;
  nodes: NodeSpec[];
  running: RunningAllocation[];
  pending: PendingRequest[];
  orgs: OrgSpec[];
  /**
   * Every request submitted in the last PolicyConfig.estimateArrivalWindowS seconds before nowS
   * (at most ARRIVAL_WINDOW_S, a day), whatever happened to it since (waiting, running, ended,
   * cancelled), as submitted (id, organisation, cards, type, limit, prediction, submit time,
   * class). Only suanli's start estimates read it: the forward replay expects them to be
   * submitted again. Omitted = the estimates expect no arrivals.
   */
  recentRequests?: PendingRequest[] | null;
  config?: Partial<PolicyConfig>;
}

export interface PlannedStart {
  requestId: string;
  cardIds: string[];
}

export interface PlannedPreemption {
  requestId: string;
  forRequestId: string;
  preemptAtS: number;
}

export type WaitReasonCode =
  | 'NO_DOMAIN_FREE'
  | 'GANG_RESERVED_FOR_OTHER'
  | 'OVER_FAIR_SHARE'
  | 'ORG_QUOTA_REACHED'
  | 'NOT_BEFORE_EARLIEST_START'
  | 'BEHIND_HIGHER_PRIORITY'
  | 'WAITING_FOR_PREEMPTION_NOTICE'
  | 'EXCEEDS_CLUSTER_CAPACITY'
  | 'BEHIND_EARLIER_REQUESTS';

export interface WaitReason {
  code: WaitReasonCode;
  params: Record<string, string | number>;
}

export interface WaitingRequest {
  requestId: string;
  /** 1-based position in the policy's order among waiting requests of the same card type. */
  position: number;
  /** Estimated start in seconds; null = cannot ever fit on this cluster. */
  estimatedStartS: number | null;
  reason: WaitReason;
}

export interface SchedulePlan {
  starts: PlannedStart[];
  preemptions: PlannedPreemption[];
  /**
   * Running work whose notice is taken back: its preemptor no longer waits or no longer
   * outranks it, or could start without its cards when the notice ran out.
   */
  withdrawnNotices: string[];
  /** Running work whose notice ran out while its preemptor still needs its cards: it stops now. */
  preemptedNow: { requestId: string; forRequestId: string }[];
  waiting: WaitingRequest[];
}

export interface PolicyConfig {
  /** Every this many seconds of waiting halve a request's effective size in the order. */
  agingHalfLifeS: number;
  /**
   * Aging inside one organisation's own queue (which of its requests it offers next to the
   * walk); 0 = the same as agingHalfLifeS. Shorter brings an organisation's own queue closer to
   * submit order: its later, smaller requests pass fewer of the ones it already waits for, so
   * the start estimate shown at submission holds (measured in ADR 0003, issue 15).
   */
  orgAgingHalfLifeS: number;
  /** Floor of the usage/share ratio in the order, so an idle organisation's jobs still sort by size. */
  fairShareFloor: number;
  /**
   * Ceiling of log2(load / share) in the order: how far behind an organisation over its share
   * can fall, in aging half-lives. Bounds the harm to the heaviest users.
   */
  fairShareCeilingLog2: number;
  /**
   * Which share a gang must fit in for the gang guard to protect it: 'equal' (the cluster split
   * by weight among organisations wanting cards) or 'max-min' (their max-min share of what is
   * wanted now, the share the order and the reasons use; larger for a small firm among many
   * that want little).
   */
  gangGuardShare: 'equal' | 'max-min';
  /** Half-life of past usage in the fair-share factor (Slurm's PriorityDecayHalfLife). */
  usageHalfLifeS: number;
  /**
   * Starvation backstop: once a request has waited this long it is "starving"; starving
   * requests of a class start first, in submit order, and the oldest of them holds a
   * reservation no one may delay.
   */
  starvationAfterS: number;
  /**
   * ...or once it has waited this many times the mean wait of all waiting requests, whichever
   * comes first: in a calm cluster "long" is minutes, in an overloaded one it is hours.
   * 0 turns this adaptive threshold off (the default; see ADR 0003 for the measurements).
   */
  starvationMeanWaitFactor: number;
  /** How many starving requests per class hold a reservation at once. */
  oldestReservations: number;
  /**
   * Gang guard: the longest-waiting multi-card requests (gangReservations per class) whose
   * organisation stays within its equal share by starting them start first or hold a
   * reservation. With gangPatience > 0, a second guard does the same for any gang that has
   * waited gangPatience times its own run time (0 = off, the default; see ADR 0003). A 1-card
   * request fits as soon as any card frees; a gang needs a domain to drain, which only a
   * stable reservation makes happen, and the longest-waiting gang is stable across passes.
   */
  gangReservations: number;
  gangPatience: number;
  /** Serve organisations below their max-min share strictly before those at or above it. */
  strictFairShareTiers: boolean;
  /**
   * Small-organisation lane: an organisation whose decayed recent use is below
   * smallOrgUsageFraction times the mean of the organisations wanting cards now, and which holds
   * fewer than smallOrgLaneShares times its equal share, has smallOrgLaneBoost (log2 units, as
   * if each of its requests were 2^boost times smaller) taken off its requests' place in the
   * fair-share walk. A burst of a firm that has used little lately is served before an older
   * backlog of heavy users, up to a bounded number of cards. 0 turns the lane off.
   */
  smallOrgLaneBoost: number;
  smallOrgUsageFraction: number;
  smallOrgLaneShares: number;
  /**
   * Continuous alternative to the lane (off by default, 0): every organisation's requests move by
   * usageOrderGain x log2(its decayed recent use / the mean of the organisations wanting cards
   * now), clamped to +-usageOrderRange (log2 units), so light users go earlier and heavy users
   * later, with no cut-off. Measured in docs/benchmarks/allocation.md ("robustness matrix"):
   * { usageOrderGain: 4, usageOrderRange: 2, smallOrgLaneBoost: 0 } holds the small-organisation
   * target on most workloads but costs mean wait and utilisation on the Philly week.
   */
  usageOrderGain: number;
  usageOrderRange: number;
  /** The first requests of each class in fair-share order that cannot start now get a reservation. */
  headReservations: number;
  /**
   * A request smaller than a domain does not break a wholly free domain while a waiting gang of
   * its class could start there now, has waited at least the small request's limit and asks for
   * no longer: it is tried again after the walk, and then takes what is left. Smallest-first
   * otherwise spends the small work first and leaves partly used domains that no waiting gang
   * fits. Off: it costs one row of the utilisation target (ADR 0003, issue 15 follow-up).
   */
  keepWholeDomains: boolean;
  /**
   * How suanli places a request that fits in one domain (the baselines always use best fit):
   * 'best-fit' (the default), 'end-aligned' (the domain whose running work it extends least,
   * preferring one whose work all ends after it), 'end-aligned-tightest' (the same among the
   * best-fit domains) or 'shadow-else-best-fit'. See placement/aligned-fit.ts; measured in
   * docs/benchmarks/allocation.md ("End-aligned placement"): no robust gain, so off.
   */
  placement: PlacementMode;
  /** Notice given to preempted work before it must stop. */
  preemptionNoticeS: number;
  /** Only preempt when waiting for natural ends would take longer than notice + this slack. */
  preemptionMinGainS: number;
  /** Rank of each class; a higher rank is served first and may preempt preemptible lower ranks. */
  classRank: Record<PriorityClass, number>;
  /**
   * Where predicted run times (PendingRequest.predictedDurationS, RunningAllocation.predictedEndS)
   * are used. false (the default): only for the estimates shown; decisions plan with the time
   * limits, so a wrong prediction can never move a reservation or the order. true: the plan books
   * them too (order by predicted size, reservations at predicted ends); starts under a
   * reservation are still checked by their limits. Measured in ADR 0003: planning with
   * predictions costs mean wait and bounded harm on the matrix and gains nothing there.
   */
  predictionsInPlan: boolean;
  /** Whether schedule() estimates start times for every waiting request (the simulator skips it). */
  estimateStarts: boolean;
  /**
   * suanli's estimates: replay the policy's own passes forward over the predicted ends, at most
   * this many passes (forwardEstimates); requests still waiting then keep the booked plan's
   * estimate, no earlier than the horizon. 0 = the booked plan only, and no arrivals (the
   * baselines always show the booked plan, as Slurm does).
   */
  estimateForwardPasses: number;
  /**
   * ...and at most this many waiting requests summed over the replay's passes (a pass costs
   * about its queue's length), so a long queue gets fewer passes: 1,000,000 is 2,000 passes up
   * to 500 waiting and 200 with 5,000 waiting (a cold schedule() of the cold-queue benchmark then
   * costs ~95 ms of CPU against ~27 ms for the booked plan; 100,000 costs ~37 ms but shortens the
   * replay on the Philly rows: docs/benchmarks/allocation.md, "Start estimates").
   */
  estimateForwardBudget: number;
  /**
   * suanli's estimates: the forward replay also submits the requests of the last this many
   * seconds again, one such window later and again (replayedArrivals, from
   * ScheduleInput.recentRequests), so later arrivals that the order puts ahead delay the estimate
   * as they would the start. 0 = no arrivals expected; at most ARRIVAL_WINDOW_S (a day).
   */
  estimateArrivalWindowS: number;
}
