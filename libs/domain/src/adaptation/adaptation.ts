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
  return !isAdaptationComplete(done) && now.getTime() > dueAt.getTime();
}

export function isAdaptationComplete(done: readonly AdaptationChecklistItem[]): boolean {
  return ADAPTATION_CHECKLIST.every((item) => done.includes(item));
}

export type StageGateCheck = { ok: true } | { ok: false; code: 'ADAPTATION_INCOMPLETE'; done: number; total: number };

/**
 * Incubation runs on Ascend, so a project enters it only once its port is proven: every
 * checklist item done. Rejecting or withdrawing stays possible at any point of the adaptation.
 */
export function checkAdaptationGate(to: string, done: readonly AdaptationChecklistItem[] | null): StageGateCheck {
  if (to !== 'INCUBATING' || done === null || isAdaptationComplete(done)) return { ok: true };
  return { ok: false, code: 'ADAPTATION_INCOMPLETE', done: done.length, total: ADAPTATION_CHECKLIST.length };
}
