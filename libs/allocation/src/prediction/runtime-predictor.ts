/**
 * Run-time predictions from each organisation's own history, the way system-generated
 * predictions replace user estimates in EASY backfilling (Tsafrir, Etsion and Feitelson,
 * "Backfilling using system-generated predictions rather than user runtime estimates", 2007):
 * the mean run time of the organisation's last two similar jobs, never more than the job's
 * own limit. "Similar" means the same number of cards and a limit within a factor of about
 * 1.4 (the same half-octave of seconds): the same script submitted again. Without such a job,
 * the last two jobs of the same size; without those, no prediction (the plan uses the limit).
 */
export interface PredictedJob {
  readonly orgId: string;
  readonly cards: number;
  /** The time limit asked for, seconds. */
  readonly limitS: number;
}

/** How many recent runs a prediction averages (two, as in the paper). */
const WINDOW = 2;

/** How many recent runs of everyone the population fallback takes the median of, and the least it needs. */
const POPULATION_WINDOW = 64;
const POPULATION_MIN = 8;

export class RuntimePredictor {
  private readonly runs = new Map<string, number[]>();
  /** Run time over limit of the latest finished jobs of every organisation. */
  private readonly fractions: number[] = [];

  /**
   * populationFallback: without any history of the organisation for that size, predict the
   * limit times the median run/limit of everyone's latest POPULATION_WINDOW runs (users ask for
   * several times what they use, whoever they are) instead of no prediction. Only estimates read
   * predictions unless PolicyConfig.predictionsInPlan is on. populationFraction: that median given
   * instead of learned (a browser previewing a request has its reader's own runs only, and the
   * API sends the median it computed from everyone's; see populationFraction()).
   */
  constructor(private readonly options: { populationFallback?: boolean; populationFraction?: number | null } = {}) {}

  /** Remembers a finished job's real run time (jobs stopped at a preemption notice are not finished). */
  record(job: PredictedJob, runS: number): void {
    if (job.limitS > 0) {
      this.fractions.push(Math.min(1, runS / job.limitS));
      if (this.fractions.length > POPULATION_WINDOW) this.fractions.shift();
    }
    for (const key of [similarKey(job), sizeKey(job)]) {
      let list = this.runs.get(key);
      if (!list) this.runs.set(key, (list = []));
      list.push(runS);
      if (list.length > WINDOW) list.shift();
    }
  }

  /** Predicted run time (seconds, at most the limit), or null when the organisation has no similar history. */
  predict(job: PredictedJob): number | null {
    const runs = this.runs.get(similarKey(job)) ?? this.runs.get(sizeKey(job));
    if (!runs || runs.length === 0) return this.options.populationFallback ? this.population(job) : null;
    const mean = runs.reduce((s, x) => s + x, 0) / runs.length;
    return Math.min(job.limitS, Math.max(1, Math.round(mean)));
  }

  /** The median run/limit of everyone's latest runs the fallback uses, or null with too few of them. */
  populationFraction(): number | null {
    if (this.options.populationFraction != null) return this.options.populationFraction;
    if (this.fractions.length < POPULATION_MIN) return null;
    const sorted = [...this.fractions].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  }

  private population(job: PredictedJob): number | null {
    const median = this.populationFraction();
    if (median == null) return null;
    return Math.min(job.limitS, Math.max(1, Math.round(median * job.limitS)));
  }
}

function similarKey(job: PredictedJob): string {
  return `${job.orgId}\u0000${job.cards}\u0000${Math.round(2 * Math.log2(Math.max(1, job.limitS)))}`;
}

function sizeKey(job: PredictedJob): string {
  return `${job.orgId}\u0000${job.cards}`;
}

/**
 * Where the plan expects running work to end once its predicted end has passed and it still
 * runs: twice its run so far (at least a minute from now), never past its limit. A wrong
 * prediction so costs a few replans, each doubling, instead of jumping to the limit at once.
 */
export function replannedEndS(startS: number, limitEndS: number, nowS: number): number {
  return Math.min(limitEndS, Math.max(nowS + 60, startS + 2 * (nowS - startS)));
}
