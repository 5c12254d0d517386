import type { PolicyConfig, PendingRequest, RunningAllocation } from '../model/types.js';
import type { ClusterState } from '../placement/cluster-state.js';
import { fitNow } from '../placement/fit.js';

/** What a pass decides about the preemption notices it finds on running work. */
export interface NoticeDecisions {
  /** Notices taken back: the allocation runs on to its time limit (or a later notice). */
  withdrawn: string[];
  /** Notices that ran out while their preemptor still needs the cards: the work stops now. */
  preemptedNow: { requestId: string; forRequestId: string }[];
}

/**
 * A notice stands only while its preemptor still waits and still outranks the victim: a
 * cancelled, started or lowered preemptor (a priority change, an urgency approval withdrawn)
 * takes its notices back. When a notice runs out the victim is stopped only if the preemptor
 * cannot start now without its cards, one victim at a time, so work that another job's natural
 * end made unnecessary to stop keeps running. `state` holds every running allocation; the
 * victims stopped here are released from it, withdrawn notices are lifted from it.
 */
export function settleNotices(
  state: ClusterState,
  running: readonly RunningAllocation[],
  pending: readonly PendingRequest[],
  now: number,
  config: PolicyConfig,
): NoticeDecisions {
  const rankOf = (priority: PendingRequest['priority']) => config.classRank[priority] ?? 0;
  const preemptors = new Map(pending.map((p) => [p.id, p]));
  const withdrawn: string[] = [];
  const due = new Map<string, RunningAllocation[]>();
  for (const r of running) {
    if (r.preemptAtS == null) continue;
    const preemptor = r.preemptedForRequestId ? preemptors.get(r.preemptedForRequestId) : undefined;
    if (!preemptor || rankOf(preemptor.priority) <= rankOf(r.priority)) {
      withdrawn.push(r.requestId);
    } else if (r.preemptAtS <= now) {
      const list = due.get(preemptor.id) ?? [];
      list.push(r);
      due.set(preemptor.id, list);
    }
  }
  for (const id of withdrawn) state.withdrawNotice(id);

  const preemptedNow: NoticeDecisions['preemptedNow'] = [];
  // Preemptors in input (submit) order, so the outcome does not depend on the running order.
  for (const preemptor of pending) {
    const victims = due.get(preemptor.id);
    if (!victims) continue;
    const type = state.type(preemptor.cardType);
    const fits = () => !!type && fitNow(type, preemptor.cards, now, now + preemptor.durationS, null) !== null;
    for (const victim of victims) {
      if (fits()) {
        withdrawn.push(victim.requestId);
        state.withdrawNotice(victim.requestId);
      } else {
        state.release(victim.requestId);
        preemptedNow.push({ requestId: victim.requestId, forRequestId: preemptor.id });
      }
    }
  }
  return { withdrawn, preemptedNow };
}
