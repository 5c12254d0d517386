import type { Job } from '../model/job.js';
import { ARRIVAL_WINDOW_S } from '../plan/replayed-arrivals.js';

/**
 * The simulator's stand-in for the API's query behind ScheduleInput.recentRequests: the
 * requests submitted in the last window (default ARRIVAL_WINDOW_S), in submit order.
 */
export class SubmissionWindow {
  private readonly jobs: Job[] = [];
  private head = 0;

  constructor(private readonly windowS = ARRIVAL_WINDOW_S) {}

  /** Jobs arrive in submit order. */
  add(job: Job): void {
    this.jobs.push(job);
  }

  recent(nowS: number): Job[] {
    while (this.head < this.jobs.length && this.jobs[this.head]!.submitS <= nowS - this.windowS) this.head++;
    if (this.head > 4096 && this.head * 2 > this.jobs.length) {
      this.jobs.splice(0, this.head);
      this.head = 0;
    }
    return this.jobs.slice(this.head);
  }
}
