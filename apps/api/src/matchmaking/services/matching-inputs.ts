import type { MatchNeed, MatchResource, PastIntroduction } from '@suanli/matching';
import type { EntityManager } from 'typeorm';
import { PERIOD_LABELS, type CapacityPeriod, type NeedUrgency, type ResourceKind } from '../matchmaking-rules.js';

/**
 * Reads needs, resources and past introductions as @suanli/matching's contract wants them. The
 * places a resource has used come from the database's own match_capacity_used (the function the
 * acceptance trigger counts with), so suggestions and the trigger never disagree.
 */
interface NeedRow {
  id: string; kind: ResourceKind; organisation_id: string; organisation_name: string; urgency: NeedUrgency; created_at: Date; stage: string;
  industries: string[]; technologies: string[]; stages: string[]; regions: string[]; competitors: string[];
}

interface ResourceRow {
  id: string; kind: ResourceKind; name: string; owner_organisation_id: string | null; capacity: number; capacity_period: CapacityPeriod;
  available: boolean; available_from: Date | null; available_until: Date | null; used: number;
  industries: string[]; technologies: string[]; stages: string[]; regions: string[]; portfolio: string[]; declared: string[];
}

const NEED_SQL = `
  SELECT n.id, n.kind, n.organisation_id, o.name AS organisation_name, n.urgency, n.created_at, p.stage,
         n.industries, n.technologies, n.stages, n.regions,
         ARRAY(SELECT DISTINCT x FROM unnest(n.competitor_organisation_ids || ARRAY(
           SELECT c.competitor_organisation_id FROM organisation_competitors c WHERE c.organisation_id = n.organisation_id)) AS x)::text[] AS competitors
    FROM match_needs n JOIN organisations o ON o.id = n.organisation_id JOIN projects p ON p.id = n.project_id`;

const RESOURCE_SQL = `
  SELECT r.id, r.kind, r.name, coalesce(r.owner_organisation_id, u.organisation_id) AS owner_organisation_id, r.capacity, r.capacity_period,
         r.available, r.available_from, r.available_until, match_capacity_used(r.id, $1) AS used,
         r.industries, r.technologies, r.stages, r.regions,
         ARRAY(SELECT c.organisation_id FROM match_resource_conflicts c WHERE c.resource_id = r.id AND c.reason = 'PORTFOLIO')::text[] AS portfolio,
         ARRAY(SELECT c.organisation_id FROM match_resource_conflicts c WHERE c.resource_id = r.id AND c.reason = 'DECLARED')::text[] AS declared
    FROM match_resources r LEFT JOIN users u ON u.id = r.owner_user_id`;

/**
 * Needs still looking: OPEN, and no proposal of theirs waiting for answers (most urgent, then
 * oldest, first). `alsoNeedId` keeps one such need in (a second proposal for it is being made).
 */
export async function openNeeds(manager: EntityManager, alsoNeedId?: string): Promise<MatchNeed[]> {
  const rows: NeedRow[] = await manager.query(
    `${NEED_SQL} WHERE n.state = 'OPEN' AND (n.id = $1 OR NOT EXISTS (SELECT 1 FROM introductions i WHERE i.need_id = n.id AND i.status = 'PROPOSED'))
      ORDER BY array_position(ARRAY['CRITICAL','HIGH','NORMAL','LOW'], n.urgency), n.created_at, n.id`,
    [alsoNeedId ?? null],
  );
  return rows.map(needOf);
}

export async function needById(manager: EntityManager, id: string): Promise<MatchNeed | null> {
  const rows: NeedRow[] = await manager.query(`${NEED_SQL} WHERE n.id = $1`, [id]);
  return rows[0] ? needOf(rows[0]) : null;
}

export async function allResources(manager: EntityManager, now: Date): Promise<MatchResource[]> {
  const rows: ResourceRow[] = await manager.query(`${RESOURCE_SQL} ORDER BY r.created_at, r.id`, [now]);
  return rows.map((r) => resourceOf(r, now));
}

export async function resourceById(manager: EntityManager, id: string, now: Date): Promise<MatchResource | null> {
  const rows: ResourceRow[] = await manager.query(`${RESOURCE_SQL} WHERE r.id = $2`, [now, id]);
  return rows[0] ? resourceOf(rows[0], now) : null;
}

/** Every answered or concluded introduction: "past outcomes of similar introductions". */
export async function pastIntroductions(manager: EntityManager): Promise<PastIntroduction[]> {
  const rows: { resource_id: string; kind: ResourceKind; outcome: PastIntroduction['outcome']; industries: string[]; technologies: string[]; stages: string[]; regions: string[] }[] =
    await manager.query(
      `SELECT i.resource_id, r.kind, CASE WHEN i.status = 'DECLINED' THEN 'DECLINED' ELSE i.outcome END AS outcome, n.industries, n.technologies, n.stages, n.regions
         FROM introductions i JOIN match_resources r ON r.id = i.resource_id JOIN match_needs n ON n.id = i.need_id
        WHERE i.status IN ('DECLINED','CONCLUDED') ORDER BY i.proposed_at, i.id`,
    );
  return rows.map((r) => ({
    resourceId: r.resource_id, resourceKind: r.kind, outcome: r.outcome,
    needTags: { industries: r.industries, technologies: r.technologies, stages: r.stages, regions: r.regions },
  }));
}

/** Available now: switched on, and inside its availability window if it has one. */
export function availableAt(resource: { available: boolean; availableFrom: Date | null; availableUntil: Date | null }, now: Date): boolean {
  return resource.available && (!resource.availableFrom || resource.availableFrom <= now) && (!resource.availableUntil || resource.availableUntil > now);
}

function needOf(r: NeedRow): MatchNeed {
  return {
    id: r.id, kind: r.kind, organisationId: r.organisation_id, organisationName: r.organisation_name, competitorOrganisationIds: r.competitors,
    // The need's own stage tags say which stages it is about; the project's stage is what the resource must suit.
    tags: { industries: r.industries, technologies: r.technologies, stages: r.stages, regions: r.regions },
    stage: r.stage.toLowerCase(), urgency: r.urgency, postedAt: new Date(r.created_at).toISOString(),
  };
}

function resourceOf(r: ResourceRow, now: Date): MatchResource {
  return {
    id: r.id, kind: r.kind, name: r.name, ownerOrganisationId: r.owner_organisation_id,
    tags: { industries: r.industries, technologies: r.technologies, stages: r.stages, regions: r.regions },
    capacity: r.capacity, used: Math.min(Number(r.used), r.capacity), periodLabel: PERIOD_LABELS[r.capacity_period],
    available: availableAt({ available: r.available, availableFrom: r.available_from, availableUntil: r.available_until }, now),
    investedInOrganisationIds: r.portfolio, declaredConflictOrganisationIds: r.declared,
  };
}
