import type { EntityManager } from 'typeorm';
import { actorMay, tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { IntroductionEntity } from '../entities/introduction.entity.js';
import type { MatchResourceEntity } from '../entities/match-resource.entity.js';
import type { IntroductionSide } from '../matchmaking-rules.js';

/** Managers (and admins) see and run everything. */
export const isMatchmakingManager = (actor: Actor) => actor.kind === 'user' && actorMay(actor, 'MATCHMAKING_MANAGE');

/** The organisation whose needs a founder (or an organisation-bound caller) sees; null for staff. */
export const startupTenantOf = (actor: Actor) => tenantOf(actor);

/** Whoever answers for a resource: its owner person, or any member of its owner organisation. */
export function answersForResource(actor: Actor, resource: Pick<MatchResourceEntity, 'ownerUserId' | 'ownerOrganisationId'>): boolean {
  if (actor.kind !== 'user') return false;
  if (resource.ownerUserId) return resource.ownerUserId === actor.id;
  return resource.ownerOrganisationId !== null && resource.ownerOrganisationId === actor.organisationId;
}

/** A founder of the need's organisation answers for the startup; managers do not answer for anyone. */
export function answersForStartup(actor: Actor, introduction: Pick<IntroductionEntity, 'organisationId'>): boolean {
  return actor.kind === 'user' && actor.role === 'FOUNDER' && actor.organisationId === introduction.organisationId;
}

export function sidesOf(actor: Actor, introduction: Pick<IntroductionEntity, 'organisationId'>, resource: Pick<MatchResourceEntity, 'ownerUserId' | 'ownerOrganisationId'>): IntroductionSide[] {
  const sides: IntroductionSide[] = [];
  if (answersForStartup(actor, introduction)) sides.push('STARTUP');
  if (answersForResource(actor, resource)) sides.push('RESOURCE');
  return sides;
}

/**
 * SQL that keeps an introductions query (alias i, joined resource alias r) to what the caller may
 * see: managers all; anyone else the introductions of their organisation's needs and of the
 * resources they answer for. Returns the condition and its parameters, or null for everything.
 */
export function visibleIntroductionsWhere(actor: Actor): { sql: string; params: Record<string, unknown> } | null {
  if (isMatchmakingManager(actor)) return null;
  const org = actor.organisationId ?? '00000000-0000-0000-0000-000000000000';
  const startupSide = tenantOf(actor) !== null ? 'i.organisation_id = :visOrg OR ' : '';
  return {
    sql: `(${startupSide}r.owner_user_id = :visUser OR r.owner_organisation_id = :visOrg)`,
    params: { visOrg: org, visUser: actor.kind === 'user' ? actor.id : '00000000-0000-0000-0000-000000000000' },
  };
}

/** SQL keeping a resources query (alias r) to what the caller may see: managers all, others what they answer for. */
export function visibleResourcesWhere(actor: Actor): { sql: string; params: Record<string, unknown> } | null {
  if (isMatchmakingManager(actor)) return null;
  return {
    sql: '(r.owner_user_id = :visUser OR r.owner_organisation_id = :visOrg)',
    params: { visOrg: actor.organisationId ?? '00000000-0000-0000-0000-000000000000', visUser: actor.kind === 'user' ? actor.id : '00000000-0000-0000-0000-000000000000' },
  };
}

export const NO_NEED = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such need', ['needId']);
export const NO_INTRODUCTION = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such introduction', ['introductionId']);
export const NO_RESOURCE = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such resource', ['resourceId']);

/** Locks a row of `table` by id (FOR UPDATE) and returns whether it exists. */
export async function lockRow(manager: EntityManager, table: 'match_resources' | 'match_needs' | 'introductions', id: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
  return rows.length > 0;
}
