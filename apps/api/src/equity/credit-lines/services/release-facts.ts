import type { ReleaseFacts } from '@suanli/domain';
import type { EntityManager } from 'typeorm';

/**
 * What releases tranches, read from the project's own history: every stage it has ever entered
 * (its transitions and its current stage) and the keys of its accepted milestones.
 */
export async function releaseFactsOf(manager: EntityManager, projectId: string, now: Date): Promise<ReleaseFacts> {
  const stages: { stage: string }[] = await manager.query(
    `SELECT to_stage AS stage FROM project_transitions WHERE project_id = $1
     UNION SELECT stage FROM projects WHERE id = $1`,
    [projectId],
  );
  const milestones: { key: string }[] = await manager.query(`SELECT key FROM project_milestones WHERE project_id = $1 AND status = 'ACCEPTED'`, [projectId]);
  return { now, stagesReached: stages.map((row) => row.stage), milestonesAccepted: milestones.map((row) => row.key) };
}
