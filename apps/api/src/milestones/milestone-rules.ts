/** The pure rules of milestones: states, keys, dates in Asia/Shanghai, evidence URLs. */
export const MILESTONE_STATUSES = ['PLANNED', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MILESTONE_EVENT_KINDS = ['CREATED', 'SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type MilestoneEventKind = (typeof MILESTONE_EVENT_KINDS)[number];

export const MILESTONE_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const MAX_KEY_LENGTH = 60;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date YYYY-MM-DD that exists, from 2000 to 2099. */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toISOString().slice(0, 10) === value && value >= '2000-01-01' && value <= '2099-12-31';
}

/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), YYYY-MM-DD. */
export function shanghaiToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** An https URL with a host; nothing else is accepted as a link to evidence. */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

interface Dated {
  status: MilestoneStatus;
  dueOn: string;
}

/** Not accepted and its due date has passed in Asia/Shanghai (due today is not overdue). */
export function isMilestoneOverdue(milestone: Dated, now: Date): boolean {
  return milestone.status !== 'ACCEPTED' && milestone.dueOn < shanghaiToday(now);
}

/** Milestones by due date, then key. */
export function byDueDate<T extends Dated & { key: string }>(milestones: readonly T[]): T[] {
  return [...milestones].sort((a, b) => (a.dueOn === b.dueOn ? a.key.localeCompare(b.key) : a.dueOn < b.dueOn ? -1 : 1));
}

/** The earliest-due milestone not yet accepted; null when all are accepted (or there are none). */
export function nextMilestoneOf<T extends Dated & { key: string }>(milestones: readonly T[]): T | null {
  return byDueDate(milestones).find((m) => m.status !== 'ACCEPTED') ?? null;
}
