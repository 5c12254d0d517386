import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import type { CreateMatchResourceInput, MatchResourceFieldsInput, UpdateMatchResourceInput } from '../dto/matchmaking.inputs.js';
import { MatchResourceConflictEntity, MatchResourceEntity } from '../entities/match-resource.entity.js';
import { normaliseTags } from '../matchmaking-rules.js';
import { NO_RESOURCE } from './matchmaking-access.js';

const MAX_CAPACITY = 1000;

/** Resources offered to startups: managers add and edit them, with their conflicts of interest. */
@Injectable()
export class MatchResourcesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  async create(actor: Actor, input: CreateMatchResourceInput): Promise<MatchResourceEntity> {
    checkFields(input);
    if ((input.ownerUserId ?? null) === null === ((input.ownerOrganisationId ?? null) === null)) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'A resource has exactly one owner: a person or an organisation', ['ownerUserId']);
    }
    return this.dataSource.transaction(async (manager) => {
      const ownerOrganisations = await this.ownerOrganisationsOf(manager, input.ownerUserId ?? null, input.ownerOrganisationId ?? null);
      await this.checkConflicts(manager, input, ownerOrganisations);
      const now = this.clock.now();
      const resource = await manager.save(
        manager.create(MatchResourceEntity, {
          kind: input.kind, name: input.name, description: input.description ?? '', ownerUserId: input.ownerUserId ?? null, ownerOrganisationId: input.ownerOrganisationId ?? null,
          ...tagsOf(input), capacity: input.capacity, capacityPeriod: input.capacityPeriod, available: input.available,
          availableFrom: input.availableFrom ?? null, availableUntil: input.availableUntil ?? null, createdBy: actor.id, createdAt: now, updatedAt: now,
        }),
      );
      await this.replaceConflicts(manager, resource.id, input);
      await this.audit.record(manager, {
        actor, action: 'MATCH_RESOURCE_CREATED', target: { type: 'MATCH_RESOURCE', id: resource.id }, organisationId: resource.ownerOrganisationId,
        details: { kind: resource.kind, name: resource.name, capacity: resource.capacity, capacityPeriod: resource.capacityPeriod, conflicts: input.conflicts.length },
      });
      return resource;
    });
  }

  async update(actor: Actor, input: UpdateMatchResourceInput): Promise<MatchResourceEntity> {
    checkFields(input);
    return this.dataSource.transaction(async (manager) => {
      const resource = await manager.getRepository(MatchResourceEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: input.resourceId }).getOne();
      if (!resource) throw NO_RESOURCE();
      const ownerOrganisations = await this.ownerOrganisationsOf(manager, resource.ownerUserId, resource.ownerOrganisationId);
      await this.checkConflicts(manager, input, ownerOrganisations);
      const now = this.clock.now();
      await manager.update(MatchResourceEntity, { id: resource.id }, {
        name: input.name, description: input.description ?? '', ...tagsOf(input), capacity: input.capacity, capacityPeriod: input.capacityPeriod,
        available: input.available, availableFrom: input.availableFrom ?? null, availableUntil: input.availableUntil ?? null, updatedAt: now,
      });
      await this.replaceConflicts(manager, resource.id, input);
      await this.audit.record(manager, {
        actor, action: 'MATCH_RESOURCE_UPDATED', target: { type: 'MATCH_RESOURCE', id: resource.id }, organisationId: resource.ownerOrganisationId,
        details: { capacity: input.capacity, capacityPeriod: input.capacityPeriod, available: input.available, conflicts: input.conflicts.length },
      });
      return manager.getRepository(MatchResourceEntity).findOneByOrFail({ id: resource.id });
    });
  }

  /** The organisations that count as the owner: the owner organisation, or the owner person's organisation. */
  private async ownerOrganisationsOf(manager: EntityManager, ownerUserId: string | null, ownerOrganisationId: string | null): Promise<string[]> {
    if (ownerOrganisationId) {
      const rows: unknown[] = await manager.query('SELECT 1 FROM organisations WHERE id = $1', [ownerOrganisationId]);
      if (!rows.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['ownerOrganisationId']);
      return [ownerOrganisationId];
    }
    const rows: { organisation_id: string | null }[] = await manager.query('SELECT organisation_id FROM users WHERE id = $1 AND deactivated_at IS NULL', [ownerUserId]);
    if (!rows.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such person', ['ownerUserId']);
    return rows[0]!.organisation_id ? [rows[0]!.organisation_id] : [];
  }

  private async checkConflicts(manager: EntityManager, input: MatchResourceFieldsInput, ownerOrganisations: readonly string[]): Promise<void> {
    const ids = input.conflicts.map((c) => c.organisationId);
    if (new Set(ids).size !== ids.length) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'An organisation is named twice among the conflicts', ['conflicts']);
    if (ids.some((id) => ownerOrganisations.includes(id))) {
      throw new DomainError(UserErrorCode.CONFLICT_WITH_OWNER, 'A resource cannot declare a conflict of interest with its own owner', ['conflicts']);
    }
    if (!ids.length) return;
    const found: { id: string }[] = await manager.query('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [ids]);
    if (found.length !== ids.length) throw new DomainError(UserErrorCode.NOT_FOUND, 'A conflicting organisation does not exist', ['conflicts']);
  }

  private async replaceConflicts(manager: EntityManager, resourceId: string, input: MatchResourceFieldsInput): Promise<void> {
    await manager.delete(MatchResourceConflictEntity, { resourceId });
    if (input.conflicts.length) {
      await manager.insert(MatchResourceConflictEntity, input.conflicts.map((c) => ({ resourceId, organisationId: c.organisationId, reason: c.reason })));
    }
  }
}

function checkFields(input: MatchResourceFieldsInput): void {
  if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > MAX_CAPACITY) {
    throw new DomainError(UserErrorCode.INVALID_CAPACITY, `Capacity is a whole number of places from 0 to ${MAX_CAPACITY}`, ['capacity']);
  }
  if (input.availableFrom && input.availableUntil && input.availableFrom >= input.availableUntil) {
    throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Available from must be before available until', ['availableUntil']);
  }
}

function tagsOf(input: MatchResourceFieldsInput) {
  return {
    industries: normaliseTags(input.tags.industries), technologies: normaliseTags(input.tags.technologies),
    stages: normaliseTags(input.tags.stages), regions: normaliseTags(input.tags.regions),
  };
}
