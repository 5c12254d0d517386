import type { PolicyConfig, PendingRequest, PriorityClass } from './types.js';

/** A pending request normalised once per pass (class rank resolved, optional fields defaulted). */
export interface Job {
  readonly id: string;
  readonly orgId: string;
  readonly cards: number;
  readonly cardType: string;
  /** Run time the plan books: the time limit, or the predicted run time with config.predictionsInPlan. */
  readonly durationS: number;
  /** Predicted run time (the limit when none is given): what the estimates shown book. */
  readonly predictedS: number;
  /** The time limit: the work is stopped after this long, whatever was predicted. */
  readonly limitS: number;
  readonly submitS: number;
  readonly priority: PriorityClass;
  readonly rank: number;
  readonly preemptible: boolean;
  /** Past a promised deadline: leads its class (see PendingRequest.overdue). */
  readonly overdue: boolean;
  readonly earliestStartS: number;
  /** Card-seconds asked for. */
  readonly sizeCardSeconds: number;
  /**
   * Static order between organisations' next requests: log2(card-seconds) + submit / agingHalfLife.
   * Smaller first: short jobs go first, and every agingHalfLifeS of waiting halves a request's
   * effective size, so long jobs age past newer short ones. Because every waiting request ages
   * at the same rate, the order never has to be recomputed as time passes.
   */
  readonly orderKey: number;
  /**
   * The order inside the organisation's own queue: log2(card-seconds) + submit /
   * orgAgingHalfLifeS. The walk merges the organisations' queues by their heads' orderKey.
   */
  readonly orgOrderKey: number;
  /** Input order, the last tie-break, so equal keys still give one deterministic order. */
  readonly seq: number;
}

export function toJob(req: PendingRequest, seq: number, config: PolicyConfig): Job {
  const predicted = plannedDuration(req);
  const planned = config.predictionsInPlan ? predicted : req.durationS;
  return {
    id: req.id,
    orgId: req.orgId,
    cards: req.cards,
    cardType: req.cardType,
    durationS: planned,
    predictedS: predicted,
    limitS: req.durationS,
    submitS: req.submitS,
    priority: req.priority,
    rank: config.classRank[req.priority] ?? 0,
    preemptible: req.preemptible,
    earliestStartS: req.earliestStartS ?? Number.NEGATIVE_INFINITY,
    sizeCardSeconds: req.cards * planned,
    overdue: req.overdue === true,
    orderKey: Math.log2(Math.max(1, req.cards * planned)) + req.submitS / config.agingHalfLifeS,
    orgOrderKey: Math.log2(Math.max(1, req.cards * planned)) + req.submitS / orgAgingOf(config),
    seq,
  };
}

/** Submit order: the order of fifo, easy and of the "longest waiting" reservations. */
export function bySubmit(a: Job, b: Job): number {
  return a.submitS - b.submitS || a.seq - b.seq;
}

/** A prediction is used only when it is a positive number below the limit; it never extends the limit. */
export function plannedDuration(req: Pick<PendingRequest, 'durationS' | 'predictedDurationS'>): number {
  const p = req.predictedDurationS;
  return p != null && Number.isFinite(p) && p > 0 ? Math.min(p, req.durationS) : req.durationS;
}

/** The aging half-life inside an organisation's own queue (PolicyConfig.orgAgingHalfLifeS; 0 = agingHalfLifeS). */
export function orgAgingOf(config: Pick<PolicyConfig, 'agingHalfLifeS' | 'orgAgingHalfLifeS'>): number {
  return config.orgAgingHalfLifeS > 0 ? config.orgAgingHalfLifeS : config.agingHalfLifeS;
}
