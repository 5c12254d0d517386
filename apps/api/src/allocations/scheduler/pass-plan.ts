import { schedule, type ScheduleInput, type SchedulePlan, type WaitingRequest } from '@suanli/allocation';
import type { FinishedRun } from './scheduling-snapshot.js';
import { predictorOf, withPredictions } from './run-predictions.js';

/** What a waiting request shows now: its row's queue_position, estimated_start_at and wait_reason. */
export interface ShownWait {
  position: number | null;
  estimatedStartS: number | null;
  /** wait_reason as PostgreSQL prints jsonb (keys reordered), or null. */
  reason: string | null;
}

/** The scheduler input, each waiting request with what it shows now. */
export type PassPlanInput = Omit<ScheduleInput, 'pending'> & { pending: (ScheduleInput['pending'][number] & { shown: ShownWait })[] };

/**
 * What travels to the worker: the waiting requests still as the JSON text PostgreSQL built, and
 * the organisations' finished runs (oldest first) that the estimates shown predict run times from.
 */
export type PassPlanRequest = Omit<PassPlanInput, 'pending'> & { pendingJson: string; history?: FinishedRun[] };

/** A plan reduced to what the pass must write. */
export interface PassPlan {
  starts: SchedulePlan['starts'];
  preemptions: SchedulePlan['preemptions'];
  withdrawnNotices: SchedulePlan['withdrawnNotices'];
  preemptedNow: SchedulePlan['preemptedNow'];
  /** Waiting requests whose position, estimate or reason differ from what they show. */
  changed: WaitingRequest[];
  /** Of those, the ones that showed nothing yet (new in the queue). */
  explained: string[];
  /** The organisation of every started or explained request (for the events). */
  owners: Record<string, string>;
  waiting: number;
}

/**
 * Plans a pass and compares it with what the queue shows, so only changes travel back and get
 * written. Runs in the scheduling worker: over thousands of waiting requests the comparison is
 * milliseconds of CPU that would otherwise stall the API's event loop.
 */
export function planPass(request: PassPlanRequest): PassPlan {
  const { pendingJson, history = [], ...rest } = request;
  const input: PassPlanInput = withPredictions({ ...rest, pending: JSON.parse(pendingJson) as PassPlanInput['pending'] }, predictorOf(history));
  const plan = schedule(input, 'suanli');
  const shown = new Map(input.pending.map((p) => [p.id, p.shown]));
  const changed: WaitingRequest[] = [];
  const explained: string[] = [];
  for (const w of plan.waiting) {
    const current = shown.get(w.requestId);
    if (current && current.position === w.position && sameEstimate(current.estimatedStartS, w.estimatedStartS) && sameReason(current.reason, w.reason)) continue;
    changed.push(w);
    if (current?.position == null) explained.push(w.requestId);
  }
  const orgOf = new Map(input.pending.map((p) => [p.id, p.orgId]));
  const owners: Record<string, string> = {};
  for (const id of [...plan.starts.map((s) => s.requestId), ...explained]) owners[id] = orgOf.get(id) ?? '';
  return { starts: plan.starts, preemptions: plan.preemptions, withdrawnNotices: plan.withdrawnNotices, preemptedNow: plan.preemptedNow, changed, explained, owners, waiting: plan.waiting.length };
}

/** Estimates are stored with millisecond precision (to_timestamp rounds to µs first, so do we). */
function sameEstimate(shown: number | null, planned: number | null): boolean {
  if (shown === null || planned === null) return shown === planned;
  const ms = (s: number) => Math.round(Math.round(s * 1e6) / 1000);
  return ms(shown) === ms(planned);
}

/** jsonb comes back with its keys reordered, so compare reasons by content, not by text. */
function sameReason(shown: string | null, reason: WaitingRequest['reason']): boolean {
  if (!shown) return false;
  const a = JSON.parse(shown) as { code: string; params: Record<string, unknown> };
  const b = reason as unknown as { code: string; params: Record<string, unknown> };
  const keys = Object.keys(b.params);
  return a.code === b.code && Object.keys(a.params).length === keys.length && keys.every((k) => a.params[k] === b.params[k]);
}
