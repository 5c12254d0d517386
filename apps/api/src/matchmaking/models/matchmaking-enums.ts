import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import {
  ANSWERS, CAPACITY_PERIODS, CONFLICT_REASONS, INTRODUCTION_OUTCOMES, INTRODUCTION_SIDES, INTRODUCTION_STATUSES, NEED_STATES, NEED_URGENCIES,
  PROPOSAL_CHOICES, RESOURCE_KINDS,
} from '../matchmaking-rules.js';

export const ResourceKindEnum = enumOf(RESOURCE_KINDS);
registerDescribedEnum(ResourceKindEnum, 'ResourceKind', 'What a resource offered to startups is.', {
  MENTOR: 'A mentor (a consultant, a manager, a professor).',
  PARTNER: 'A partner company (technology, channel).',
  CUSTOMER: 'A prospective customer for a pilot or a purchase.',
  INVESTOR: 'An investor (a fund, an angel).',
  DATASET: 'A data set a provider offers.',
  ADAPTATION_ENGINEER: 'An engineer who ports models to domestic accelerators.',
});

export const CapacityPeriodEnum = enumOf(CAPACITY_PERIODS);
registerDescribedEnum(CapacityPeriodEnum, 'CapacityPeriod', 'What a resource’s capacity counts.', {
  QUARTER: 'Introductions accepted in the Shanghai calendar quarter.',
  MONTH: 'Introductions accepted in the Shanghai calendar month.',
  CONCURRENT: 'Introductions accepted and not concluded yet (at once).',
});

export const NeedUrgencyEnum = enumOf(NEED_URGENCIES);
registerDescribedEnum(NeedUrgencyEnum, 'NeedUrgency', 'How urgent a startup’s need is.', {
  LOW: 'Low.', NORMAL: 'Normal.', HIGH: 'High.', CRITICAL: 'Critical: blocks the project.',
});

export const NeedStateEnum = enumOf(NEED_STATES);
registerDescribedEnum(NeedStateEnum, 'NeedState', 'Where a need stands.', {
  OPEN: 'Looking for a match.',
  MATCHED: 'An introduction for it was accepted by both sides.',
  CLOSED: 'Withdrawn or done; no more suggestions.',
});

export const IntroductionStatusEnum = enumOf(INTRODUCTION_STATUSES);
registerDescribedEnum(IntroductionStatusEnum, 'IntroductionStatus', 'Where an introduction stands.', {
  PROPOSED: 'Proposed by a manager; waiting for both sides to answer.',
  ACCEPTED: 'Both sides accepted; it holds one of the resource’s places.',
  DECLINED: 'One side declined.',
  MET: 'They met.',
  CONCLUDED: 'The outcome is recorded.',
});

export const IntroductionOutcomeEnum = enumOf(INTRODUCTION_OUTCOMES);
registerDescribedEnum(IntroductionOutcomeEnum, 'IntroductionOutcome', 'What came of an introduction.', {
  DEAL: 'A deal (a contract, a partnership).',
  PILOT: 'A pilot project.',
  INVESTMENT: 'An investment.',
  NO_DEAL: 'Nothing came of it.',
});

export const IntroductionSideEnum = enumOf(INTRODUCTION_SIDES);
registerDescribedEnum(IntroductionSideEnum, 'IntroductionSide', 'One side of an introduction.', {
  STARTUP: 'The startup that posted the need (its founders answer).',
  RESOURCE: 'The resource (its owner, or a member of its owner organisation, answers).',
});

export const AnswerEnum = enumOf(ANSWERS);
registerDescribedEnum(AnswerEnum, 'IntroductionAnswer', 'A side’s answer to a proposed introduction.', {
  ACCEPT: 'Yes, let us meet.',
  DECLINE: 'No.',
});

export const ProposalChoiceEnum = enumOf(PROPOSAL_CHOICES);
registerDescribedEnum(ProposalChoiceEnum, 'ProposalChoice', 'How the proposing manager chose the resource.', {
  ASSIGNED: 'The global assignment’s choice for the need.',
  RANKED: 'Another resource from the need’s ranked list (a swap).',
  OVERRIDE: 'A resource outside the ranked list, chosen by hand.',
});

export const ConflictReasonEnum = enumOf(CONFLICT_REASONS);
registerDescribedEnum(ConflictReasonEnum, 'ConflictReason', 'Why a resource must never be introduced to an organisation.', {
  PORTFOLIO: 'An investor’s portfolio company.',
  DECLARED: 'A declared relation (a shareholder, a family tie, a dispute).',
});

export const MATCHING_METHODS = ['HUNGARIAN', 'LP', 'GREEDY'] as const;
export const MatchingMethodEnum = enumOf(MATCHING_METHODS);
registerDescribedEnum(MatchingMethodEnum, 'MatchingMethod', 'How the global assignment was computed.', {
  HUNGARIAN: 'One-to-one, Hungarian algorithm.',
  LP: 'Bounded many-to-many, linear programme (HiGHS).',
  GREEDY: 'Greedy fallback.',
});
