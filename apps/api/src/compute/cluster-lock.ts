import type { EntityManager } from 'typeorm';

/** Serialises passes of one cluster across every API process for the length of the transaction. */
export async function lockCluster(manager: EntityManager, clusterId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suanli.cluster.' || $1))`, [clusterId]);
}
