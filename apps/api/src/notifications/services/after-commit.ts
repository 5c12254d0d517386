import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';

type Work = () => Promise<void> | void;

/**
 * Runs work once the transaction of a manager has committed, and drops it if it rolls back, so a
 * rolled-back action sends no e-mail and publishes no event. Hooks TypeORM's transaction events:
 * a savepoint's release (a nested transaction) is not the commit, so work waits for the outermost.
 */
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, Work[]>();

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
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), work]);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    if (event.queryRunner.isTransactionActive) return;
    const work = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    if (work) this.start(work);
  }

  // Even a rolled-back savepoint drops the work: sending for a change that may not stand is worse
  // than not sending for one that does.
  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    this.pending.delete(event.queryRunner);
  }

  private start(work: Work[]): void {
    // Not awaited: the caller's answer never waits on SMTP.
    for (const w of work) Promise.resolve().then(w).catch(this.onError);
  }
}
