import type { EntityManager } from 'typeorm';
import { COMPUTE_STAGES, isStaff, PROJECT_STAGES, TERMINAL_STAGES } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { entityFromRow } from '../../database/returning-rows.js';
import { ProjectEntity } from '../../projects/index.js';
import type { CreateAllocationRequestInput } from '../dto/create-allocation-request.input.js';
import { AllocationRequestEntity } from '../entities/allocation-request.entity.js';
import { UNAPPROVED_URGENT_CLASS } from '../urgency/urgency-status.js';
import { URGENT_BUDGET_USED_SQL, urgentBudgetPeriod } from '../urgency/urgent-budget-period.js';

/**
 * Serialises request admission per organisation across every API process for the length of the
 * transaction: the open-request cap and the urgent budget are counted and the request inserted
 * under it, so two concurrent requests cannot both take the last place or the last card-hours.
 */
async function lockOrganisationAdmission(manager: EntityManager, projectId: string, tenant: string | null): Promise<void> {
  await manager.query(
    `SELECT pg_advisory_xact_lock(hashtext('suanli.admission.' || p.organisation_id::text))
     FROM projects p WHERE p.id = $1 AND ($2::uuid IS NULL OR p.organisation_id = $2::uuid)`,
    [projectId, tenant],
  );
}

/**
 * Inserts the request in the caller's transaction if the project exists, is the caller's to use,
 * is in a stage that may request, the cards fit the organisation's quota and the organisation is
 * below its cap of open requests. A founder's URGENT takes effect when its card-hours fit the
 * organisation's remaining urgent budget for the month; otherwise it is stored as requested
 * URGENT, scheduled at STANDARD and awaits a manager's approval. Staff's URGENT takes effect.
 * Refused: a DomainError saying why, and nothing inserted.
 */
export async function admitRequest(
  manager: EntityManager,
  actor: Actor,
  input: CreateAllocationRequestInput,
  clusterId: string,
  defaultMaxOpen: number,
): Promise<AllocationRequestEntity> {
  const staff = actor.kind === 'user' && isStaff(actor.role);
  const stages = staff ? PROJECT_STAGES.filter((s) => !TERMINAL_STAGES.includes(s)) : COMPUTE_STAGES;
  const tenant = tenantOf(actor);
  const period = urgentBudgetPeriod();
  await lockOrganisationAdmission(manager, input.projectId, tenant);
  const rows: Record<string, unknown>[] = await manager.query(
    `WITH target AS (
       SELECT p.id AS project_id, p.organisation_id, s.quota_cards,
              coalesce(s.max_open_requests, $12::int) AS max_open, coalesce(s.urgent_card_hours_per_month, 0) AS budget
       FROM projects p LEFT JOIN organisation_scheduling s ON s.organisation_id = p.organisation_id
       WHERE p.id = $2 AND ($10::uuid IS NULL OR p.organisation_id = $10::uuid) AND p.stage = ANY($11::text[])
     ), standing AS (
       SELECT count(*) FILTER (WHERE r.state IN ('QUEUED','RUNNING')) AS open,
              ${URGENT_BUDGET_USED_SQL.replace('$PERIOD_START', '$13::timestamptz')} AS used
       FROM allocation_requests r JOIN target t ON r.organisation_id = t.organisation_id
       WHERE r.state IN ('QUEUED','RUNNING') OR (r.urgency = 'BUDGET' AND r.created_at >= $13::timestamptz)
     ), decision AS (
       SELECT t.*, CASE
                WHEN $7 <> 'URGENT' THEN NULL
                WHEN $14::boolean THEN 'STAFF'
                WHEN t.budget - s.used >= $5::numeric * $6 / 3600 THEN 'BUDGET'
                ELSE 'AWAITING_APPROVAL' END AS urgency
       FROM target t, standing s
       WHERE s.open < t.max_open AND (t.quota_cards IS NULL OR $5 <= t.quota_cards)
     )
     INSERT INTO allocation_requests (cluster_id, organisation_id, project_id, requested_by_id, card_type, cards, duration_s,
                                      priority, requested_priority, urgency, preemptible, earliest_start_at, state)
     SELECT $1, d.organisation_id, d.project_id, $3, $4, $5, $6,
            CASE WHEN d.urgency = 'AWAITING_APPROVAL' THEN '${UNAPPROVED_URGENT_CLASS}' ELSE $7 END, $7, d.urgency, $8, $9, 'QUEUED'
     FROM decision d
     RETURNING *`,
    [
      clusterId, input.projectId, actor.id, input.cardType, input.cards, input.durationS, input.priority, input.preemptible,
      input.earliestStartAt ?? null, tenant, stages, defaultMaxOpen, period.start, staff,
    ],
  );
  if (rows[0]) return entityFromRow(manager, AllocationRequestEntity, rows[0]);
  return explainRefusal(manager, actor, input, defaultMaxOpen);
}

/** Why admitRequest inserted nothing, read under the same lock, as the user error that says so. */
async function explainRefusal(manager: EntityManager, actor: Actor, input: CreateAllocationRequestInput, defaultMaxOpen: number): Promise<never> {
  const tenant = tenantOf(actor);
  const project = await manager.findOneBy(ProjectEntity, { id: input.projectId });
  if (!project || (tenant && project.organisationId !== tenant)) {
    throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project', ['projectId']);
  }
  const staff = actor.kind === 'user' && isStaff(actor.role);
  const allowed = staff ? !TERMINAL_STAGES.includes(project.stage) : COMPUTE_STAGES.includes(project.stage);
  if (!allowed) {
    throw new DomainError(UserErrorCode.PROJECT_CANNOT_REQUEST, `A project in ${project.stage} cannot request compute`, ['projectId']);
  }
  const [row]: { quota_cards: number | null; max_open: number; open: string }[] = await manager.query(
    `SELECT s.quota_cards, coalesce(s.max_open_requests, $2::int) AS max_open,
            (SELECT count(*) FROM allocation_requests r WHERE r.organisation_id = $1 AND r.state IN ('QUEUED','RUNNING')) AS open
     FROM (SELECT $1::uuid AS organisation_id) o LEFT JOIN organisation_scheduling s ON s.organisation_id = o.organisation_id`,
    [project.organisationId, defaultMaxOpen],
  );
  if (row?.quota_cards != null && input.cards > row.quota_cards) {
    throw new DomainError(UserErrorCode.EXCEEDS_QUOTA, `Your organisation may hold at most ${row.quota_cards} cards at once`, ['cards']);
  }
  if (row && Number(row.open) >= row.max_open) {
    throw new DomainError(
      UserErrorCode.TOO_MANY_OPEN_REQUESTS,
      `Your organisation has ${row.open} queued or running requests, the most it may have at once (${row.max_open}); cancel or finish one first`,
      [],
    );
  }
  throw new DomainError(UserErrorCode.STALE_STAGE, 'The project changed while the request was made; try again', ['projectId']);
}
