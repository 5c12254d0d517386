import type { MilestoneStatus } from '../../gql/graphql';

/** What the reader may do with one milestone, from its status and the reader's permissions. */
export interface MilestoneActions {
  submit: boolean;
  decide: boolean;
}

export function milestoneActions(status: MilestoneStatus, may: { submit: boolean; decide: boolean }): MilestoneActions {
  return {
    submit: may.submit && (status === 'PLANNED' || status === 'RETURNED'),
    decide: may.decide && status === 'SUBMITTED',
  };
}

/** The antd tag colour of a milestone; overdue outranks every status but ACCEPTED. */
export function milestoneTagColor(status: MilestoneStatus, overdue: boolean): string {
  if (status === 'ACCEPTED') return 'success';
  if (overdue) return 'volcano';
  return { PLANNED: 'default', SUBMITTED: 'processing', RETURNED: 'warning' }[status];
}

/** A milestone key from a title: lower-case ASCII words joined by hyphens (empty when the title has none, e.g. Chinese only). */
export function suggestMilestoneKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** The API's key rule, checked before sending. */
export const MILESTONE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An https link, the only kind the API keeps as evidence. */
export function isHttpsLink(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** One step of a milestone, as the project's history shows it. */
export interface MilestoneStep {
  id: string;
  milestoneId: string;
  kind: string;
  at: string;
  note?: string | null;
  actorName?: string | null;
}

/** The project's history in one list, newest first: stage moves and milestone steps interleaved by time. */
export function mergeHistory<T extends { id: string; createdAt: string }>(
  transitions: readonly T[],
  steps: readonly MilestoneStep[],
): ({ type: 'transition'; at: string; entry: T } | { type: 'milestone'; at: string; entry: MilestoneStep })[] {
  return [
    ...transitions.map((entry) => ({ type: 'transition' as const, at: entry.createdAt, entry })),
    ...steps.map((entry) => ({ type: 'milestone' as const, at: entry.at, entry })),
  ].sort((a, b) => (a.at === b.at ? 0 : a.at < b.at ? 1 : -1));
}
