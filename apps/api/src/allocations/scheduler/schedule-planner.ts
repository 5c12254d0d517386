import { Worker } from 'node:worker_threads';
import { planPass, type PassPlan, type PassPlanRequest } from './pass-plan.js';

/** Turns a cluster's state into a plan; inline for tests and scripts, in a worker for the server. */
export type Planner = (input: PassPlanRequest) => Promise<PassPlan>;

export const inlinePlanner: Planner = async (input) => planPass(input);

/** One worker thread that plans passes in order; a crash of the worker fails that pass only. */
export class WorkerPlanner {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (plan: PassPlan) => void; reject: (error: Error) => void }>();

  readonly plan: Planner = (input) =>
    new Promise<PassPlan>((resolve, reject) => {
      const id = this.nextId++;
      this.waiting.set(id, { resolve, reject });
      this.ensureWorker().postMessage({ id, input });
    });

  /** Starts the worker ahead of the first pass: loading its modules takes ~200 ms. */
  warmUp(): void {
    this.ensureWorker();
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./schedule.worker.js', import.meta.url));
    worker.unref();
    worker.on('message', (message: { id: number; plan?: PassPlan; error?: string }) => {
      const waiter = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if (message.error || !message.plan) waiter?.reject(new Error(message.error ?? 'no plan'));
      else waiter?.resolve(message.plan);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      this.worker = null;
      this.failAll(new Error('scheduling worker exited'));
    });
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}
