import type { EntityManager } from 'typeorm';
import { sqlList, ACTIVE_STATUSES, type TicketCategory } from '../ticket-rules.js';

/**
 * The least-loaded consultant of the category's group: fewest active tickets, ties to the one
 * idle longest (never assigned first). The group row is locked so two tickets opened at once
 * do not both pick the same "least loaded" person. Null when the category has no group or members.
 */
export async function leastLoadedConsultant(manager: EntityManager, category: TicketCategory): Promise<string | null> {
  const groups: { id: string }[] = await manager.query('SELECT id FROM consultant_groups WHERE category = $1 FOR UPDATE', [category]);
  if (!groups[0]) return null;
  const rows: { user_id: string }[] = await manager.query(
    `SELECT m.user_id
       FROM consultant_group_members m
       LEFT JOIN tickets t ON t.assignee_id = m.user_id AND t.status IN (${sqlList(ACTIVE_STATUSES)})
      WHERE m.group_id = $1
      GROUP BY m.user_id, m.last_assigned_at
      ORDER BY count(t.id), m.last_assigned_at ASC NULLS FIRST, m.user_id
      LIMIT 1`,
    [groups[0].id],
  );
  return rows[0]?.user_id ?? null;
}

/** Stamps the assignment time on every group membership of the consultant: their idle clock restarts. */
export async function markAssigned(manager: EntityManager, userId: string, at: Date): Promise<void> {
  await manager.query('UPDATE consultant_group_members SET last_assigned_at = $2 WHERE user_id = $1', [userId, at]);
}
