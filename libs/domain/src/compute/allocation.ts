/** Allocation rules shared by the API (validation) and the web app (forms, labels). */
export const PRIORITY_CLASSES = ['ADAPTATION', 'STANDARD', 'URGENT'] as const;
export type PriorityClassName = (typeof PRIORITY_CLASSES)[number];

export const ALLOCATION_STATES = ['QUEUED', 'RUNNING', 'FINISHED', 'CANCELLED', 'PREEMPTED'] as const;
export type AllocationState = (typeof ALLOCATION_STATES)[number];
export const OPEN_ALLOCATION_STATES: readonly AllocationState[] = ['QUEUED', 'RUNNING'];

export const CARD_HEALTH = ['HEALTHY', 'DRAINED', 'FAILED'] as const;
export type CardHealth = (typeof CARD_HEALTH)[number];

/** A time limit shorter than ten minutes is a typo; longer than thirty days blocks planning. */
export const MIN_DURATION_S = 600;
export const MAX_DURATION_S = 30 * 24 * 3600;

/** A fair-share weight: 1 is the default share; numeric(6,2) in the database, so two decimals. */
export const MIN_WEIGHT = 0.1;
export const MAX_WEIGHT = 100;

/** Card-hours from cards held over a span, exact to the second. */
export function cardHours(cards: number, startedAt: Date, endedAt: Date): number {
  return (cards * Math.max(0, endedAt.getTime() - startedAt.getTime())) / 3_600_000;
}
