import { INTRODUCTION_OUTCOMES, RESOURCE_KINDS, URGENCIES, type IntroductionOutcome, type ResourceKind, type Urgency } from '@suanli/matching';

/**
 * The matchmaking vocabulary (资源嫁接) and its rules that need no database. The kinds, urgencies
 * and outcomes are @suanli/matching's own lists (one source for the scorer, the schema and the
 * database CHECKs); the rest is the API's.
 */
export { INTRODUCTION_OUTCOMES, RESOURCE_KINDS, type IntroductionOutcome, type ResourceKind };

/** A mentor takes at most N startups a QUARTER (or MONTH); an engineer N adaptations at once (CONCURRENT). */
export const CAPACITY_PERIODS = ['QUARTER', 'MONTH', 'CONCURRENT'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];

export const NEED_URGENCIES = URGENCIES;
export type NeedUrgency = Urgency;

/** OPEN: looking; MATCHED: an introduction was accepted by both sides; CLOSED: withdrawn or done. */
export const NEED_STATES = ['OPEN', 'MATCHED', 'CLOSED'] as const;
export type NeedState = (typeof NEED_STATES)[number];

/** PROPOSED → ACCEPTED (both sides) | DECLINED (either side) → MET → CONCLUDED (with an outcome). */
export const INTRODUCTION_STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'MET', 'CONCLUDED'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** The funnel's last step: an outcome that is worth something to the startup (everything but NO_DEAL). */
export const DEAL_OUTCOMES: readonly IntroductionOutcome[] = ['DEAL', 'PILOT', 'INVESTMENT'];

export const INTRODUCTION_SIDES = ['STARTUP', 'RESOURCE'] as const;
export type IntroductionSide = (typeof INTRODUCTION_SIDES)[number];

export const ANSWERS = ['ACCEPT', 'DECLINE'] as const;
export type Answer = (typeof ANSWERS)[number];

/** How the manager chose the resource: the global assignment's, another of the ranked list, or any other. */
export const PROPOSAL_CHOICES = ['ASSIGNED', 'RANKED', 'OVERRIDE'] as const;
export type ProposalChoice = (typeof PROPOSAL_CHOICES)[number];

/** Why a resource must never meet an organisation: it invested in it (portfolio), or a declared relation. */
export const CONFLICT_REASONS = ['PORTFOLIO', 'DECLARED'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** Introductions that hold a place: CONCURRENT counts those not ended yet; QUARTER/MONTH every accepted one of the period. */
export const HOLDING_STATUSES: readonly IntroductionStatus[] = ['ACCEPTED', 'MET'];
export const ACCEPTED_STATUSES: readonly IntroductionStatus[] = ['ACCEPTED', 'MET', 'CONCLUDED'];
/** One live introduction per need and resource. */
export const LIVE_STATUSES: readonly IntroductionStatus[] = ['PROPOSED', 'ACCEPTED', 'MET'];

export const PERIOD_LABELS: Record<CapacityPeriod, { 'zh-CN': string; en: string }> = {
  QUARTER: { 'zh-CN': '本季度', en: 'this quarter' },
  MONTH: { 'zh-CN': '本月', en: 'this month' },
  CONCURRENT: { 'zh-CN': '同时', en: 'at once' },
};

/** Tags are lower-case slugs ("remote-sensing"): what the scorer compares. */
export const TAG_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;
export const MAX_TAGS = 20;

export function normaliseTags(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((v) => v.normalize('NFC').trim().toLowerCase().replace(/[\s_]+/g, '-')).filter(Boolean))].sort();
}

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
