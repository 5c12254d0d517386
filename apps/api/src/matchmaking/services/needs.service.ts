import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import type { PostMatchNeedInput, SetOrganisationCompetitorsInput, UpdateMatchNeedInput } from '../dto/matchmaking.inputs.js';
import { MatchNeedEntity } from '../entities/match-need.entity.js';
import { OrganisationCompetitorEntity } from '../entities/match-resource.entity.js';
import { normaliseTags } from '../matchmaking-rules.js';
import { isMatchmakingManager, NO_NEED } from './matchmaking-access.js';

const NO_ORGANISATION = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);

/** Needs: a founder posts them for their own organisation's projects, a manager for any startup's. */
@Injectable()
export class MatchNeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  post(actor: Actor, input: PostMatchNeedInput): Promise<MatchNeedEntity> {
    return this.dataSource.transaction(async (manager) => {
      const organisationId = this.organisationFor(actor, input.organisationId ?? null);
      const org: unknown[] = await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR SHARE', [organisationId]);
      if (!org.length) throw NO_ORGANISATION();
      const project: { organisation_id: string }[] = await manager.query('SELECT organisation_id FROM projects WHERE id = $1', [input.projectId]);
      if (project[0]?.organisation_id !== organisationId) {
        throw new DomainError(UserErrorCode.PROJECT_NOT_OF_ORGANISATION, 'The project is not one of the organisation’s projects', ['projectId']);
      }
      const competitors = await this.checkedCompetitors(manager, organisationId, input.competitorOrganisationIds, ['competitorOrganisationIds']);
      const now = this.clock.now();
      return manager.save(
        manager.create(MatchNeedEntity, {
          organisationId, projectId: input.projectId, kind: input.kind, description: input.description, urgency: input.urgency, state: 'OPEN',
          ...tagsOf(input.tags), competitorOrganisationIds: competitors, postedBy: actor.id, createdAt: now, updatedAt: now, closedAt: null,
        }),
      );
    });
  }

  update(actor: Actor, input: UpdateMatchNeedInput): Promise<MatchNeedEntity> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockVisibleNeed(manager, actor, input.needId);
      if (need.state !== 'OPEN') throw new DomainError(UserErrorCode.INVALID_STATE, 'Only an open need can be changed', ['needId']);
      const competitors = await this.checkedCompetitors(manager, need.organisationId, input.competitorOrganisationIds, ['competitorOrganisationIds']);
      await manager.update(MatchNeedEntity, { id: need.id }, {
        description: input.description, urgency: input.urgency, ...tagsOf(input.tags), competitorOrganisationIds: competitors, updatedAt: this.clock.now(),
      });
      return manager.getRepository(MatchNeedEntity).findOneByOrFail({ id: need.id });
    });
  }

  close(actor: Actor, needId: string): Promise<MatchNeedEntity> {
    return this.dataSource.transaction(async (manager) => {
      const need = await lockVisibleNeed(manager, actor, needId);
      if (need.state === 'CLOSED') throw new DomainError(UserErrorCode.INVALID_STATE, 'The need is closed already', ['needId']);
      const now = this.clock.now();
      await manager.update(MatchNeedEntity, { id: need.id }, { state: 'CLOSED', closedAt: now, updatedAt: now });
      return manager.getRepository(MatchNeedEntity).findOneByOrFail({ id: need.id });
    });
  }

  setCompetitors(actor: Actor, input: SetOrganisationCompetitorsInput): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const organisationId = this.organisationFor(actor, input.organisationId);
      const org: unknown[] = await manager.query('SELECT 1 FROM organisations WHERE id = $1 FOR UPDATE', [organisationId]);
      if (!org.length) throw NO_ORGANISATION();
      const competitors = await this.checkedCompetitors(manager, organisationId, input.competitorOrganisationIds, ['competitorOrganisationIds']);
      await manager.delete(OrganisationCompetitorEntity, { organisationId });
      if (competitors.length) await manager.insert(OrganisationCompetitorEntity, competitors.map((competitorOrganisationId) => ({ organisationId, competitorOrganisationId })));
      return competitors;
    });
  }

  /** Founders act for their own organisation only (another one reads as missing); managers name one. */
  private organisationFor(actor: Actor, organisationId: string | null): string {
    const tenant = tenantOf(actor);
    if (tenant) {
      if (organisationId && organisationId !== tenant) throw NO_ORGANISATION();
      return tenant;
    }
    if (!isMatchmakingManager(actor)) throw new DomainError(UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE, 'Needs are posted by the startup’s founders or by a manager', null);
    if (!organisationId) throw new DomainError(UserErrorCode.ORGANISATION_REQUIRED, 'Name the startup the need is for', ['organisationId']);
    return organisationId;
  }

  private async checkedCompetitors(manager: EntityManager, organisationId: string, ids: readonly string[], field: string[]): Promise<string[]> {
    const unique = [...new Set(ids)].sort();
    if (unique.includes(organisationId)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'An organisation is not its own competitor', field);
    if (!unique.length) return [];
    const found: { id: string }[] = await manager.query('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [unique]);
    if (found.length !== unique.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'A competitor organisation does not exist', field);
    return unique;
  }
}

/** The need, locked, if the caller may change it: founders their organisation's, managers any. */
export async function lockVisibleNeed(manager: EntityManager, actor: Actor, needId: string): Promise<MatchNeedEntity> {
  const query = manager.getRepository(MatchNeedEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :needId', { needId });
  const tenant = tenantOf(actor);
  if (tenant) query.andWhere('n.organisation_id = :tenant', { tenant });
  else if (!isMatchmakingManager(actor)) throw NO_NEED();
  const need = await query.getOne();
  if (!need) throw NO_NEED();
  return need;
}

function tagsOf(tags: { industries: string[]; technologies: string[]; stages: string[]; regions: string[] }) {
  return { industries: normaliseTags(tags.industries), technologies: normaliseTags(tags.technologies), stages: normaliseTags(tags.stages), regions: normaliseTags(tags.regions) };
}
