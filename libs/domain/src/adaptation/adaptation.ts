/** Moving a model from NVIDIA to Ascend takes about two weeks and is free of charge. */
export const ADAPTATION_DAYS = 14;

export const ADAPTATION_CHECKLIST = ['OPERATORS_PORTED', 'ACCURACY_VERIFIED', 'PERFORMANCE_VERIFIED'] as const;
export type AdaptationChecklistItem = (typeof ADAPTATION_CHECKLIST)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export function adaptationDueDate(startedAt: Date): Date {
  return new Date(startedAt.getTime() + ADAPTATION_DAYS * DAY_MS);
}

/** Overdue: past the due date with some checklist item still open. */
export function isAdaptationOverdue(
  dueAt: Date,
  done: readonly AdaptationChecklistItem[],
  now: Date,
): boolean {
  const complete = ADAPTATION_CHECKLIST.every((item) => done.includes(item));
  return !complete && now.getTime() > dueAt.getTime();
}
