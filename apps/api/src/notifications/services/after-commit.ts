import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

type Work = () => Promise<void> | void;
/** Work and the savepoint depth it was queued at (1 = the transaction itself). */
type Queued = { depth: number; work: Work };

// TypeORM keeps the nesting depth protected; savepoints are what it counts.
const depthOf = (runner: QueryRunner): number => (runner as unknown as { transactionDepth: number }).transactionDepth;

/**
 * Runs work once the transaction of a manager has committed, and drops it if it rolls back, so a
 * rolled-back action sends no e-mail and publishes no event. Hooks TypeORM's transaction events:
 * a savepoint's release (a nested transaction) is not the commit, so work waits for the outermost;
 * a savepoint's rollback drops only the work queued inside it.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Queued[]>();

  constructor(private readonly onError: (error: unknown) => void) {}

  /** Registers on the data source; TypeORM reads its subscribers list at every broadcast. */
  static on(dataSource: DataSource, onError: (error: unknown) => void): AfterCommit {
    const hook = new AfterCommit(onError);
    dataSource.subscribers.push(hook);
    return hook;
  }

  /** Outside a transaction the change is already committed, so the work runs now. */
  run(manager: EntityManager, work: Work): void {
    const runner = manager.queryRunner;
    if (!runner?.isTransactionActive) {
      this.start([work]);
      return;
    }
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), { depth: depthOf(runner), work }]);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    const runner = event.queryRunner;
    const queued = this.pending.get(runner);
    if (!queued) return;
    if (runner.isTransactionActive) {
      // A released savepoint: its work now stands or falls with the enclosing level.
      const depth = depthOf(runner);
      this.pending.set(runner, queued.map((q) => ({ depth: Math.min(q.depth, depth), work: q.work })));
      return;
    }
    this.pending.delete(runner);
    this.start(queued.map((q) => q.work));
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    const runner = event.queryRunner;
    const queued = this.pending.get(runner);
    if (!queued) return;
    const depth = runner.isTransactionActive ? depthOf(runner) : 0;
    const kept = queued.filter((q) => q.depth <= depth);
    if (kept.length) this.pending.set(runner, kept);
    else this.pending.delete(runner);
  }

  private start(work: Work[]): void {
    // Not awaited: the caller's answer never waits on SMTP.
    for (const w of work) Promise.resolve().then(w).catch(this.onError);
  }
}
