import { checkSchedulingSettings } from '@suanli/domain';
import type { TFunction } from 'i18next';
import { describeProblem } from './problem-text';

export interface WeightsDraft {
  weight: number | null;
  quotaCards: number | null;
  urgentCardHoursPerMonth: number | null;
}

export type WeightsField = 'weight' | 'quotaCards' | 'urgentCardHoursPerMonth' | 'general';
export type WeightsErrors = Partial<Record<WeightsField, string>>;

/** The draft's problems by field in the reader's words, by libs/domain's rule (the API runs the same); empty when it may be saved. */
export function draftErrors(draft: WeightsDraft, centreCards: number | null, t: TFunction): WeightsErrors {
  if (draft.weight == null) return { weight: t('compute.weightRequired') };
  const errors: WeightsErrors = {};
  // Until the centre's size is known, only the weight and the quota's own shape are judged.
  for (const problem of checkSchedulingSettings({ weight: draft.weight, quotaCards: draft.quotaCards }, centreCards ?? Number.POSITIVE_INFINITY)) {
    if (problem.field === 'weight' || problem.field === 'quotaCards') errors[problem.field] ??= describeProblem(problem, t);
  }
  if (draft.urgentCardHoursPerMonth != null && (!Number.isInteger(draft.urgentCardHoursPerMonth) || draft.urgentCardHoursPerMonth < 0)) {
    errors.urgentCardHoursPerMonth = t('compute.urgentBudgetRule');
  }
  return errors;
}

/** Busiest first (running cards, then queued requests as 8 cards each), then by name. */
export function byLoad<T extends { runningCards: number; queuedRequests: number; organisation: { name: string } }>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) => b.runningCards + b.queuedRequests * 8 - (a.runningCards + a.queuedRequests * 8) || a.organisation.name.localeCompare(b.organisation.name),
  );
}
