import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/index.js';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import type { CreateOrganisationInput } from '../dto/create-organisation.input.js';
import { OrganisationEntity } from '../entities/organisation.entity.js';

const NAME_MIN = 2;
const NAME_MAX = 80;
const UNIQUE_VIOLATION = '23505';
/** Control, zero-width and bidirectional-override characters make look-alike names. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

@Injectable()
export class CreateOrganisationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** A new tenant; its founders are invited next. Names are unique ignoring case. */
  async create(actor: Actor, input: CreateOrganisationInput, ip: string | null): Promise<{ organisation: OrganisationEntity }> {
    const name = input.name.trim().replace(/\s+/g, ' ');
    if ([...name].length < NAME_MIN || [...name].length > NAME_MAX || INVISIBLE.test(name)) {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, `The name must have ${NAME_MIN}–${NAME_MAX} visible characters`, ['input', 'name']);
    }
    if (input.kind === 'CENTRE') {
      throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'The centre’s own organisation exists already', ['input', 'kind']);
    }
    const duplicate = () => new DomainError(UserErrorCode.DUPLICATE_NAME, `An organisation named "${name}" already exists`, ['input', 'name']);
    try {
      const organisation = await this.dataSource.transaction(async (manager) => {
        // Serialises creates, so two differently-cased names cannot both pass the check below.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('suanli.organisations'))`);
        const [taken]: unknown[] = await manager.query('SELECT 1 FROM organisations WHERE lower(name) = lower($1)', [name]);
        if (taken) throw duplicate();
        const organisation = await manager.save(
          manager.create(OrganisationEntity, { name, kind: input.kind, industry: input.industry, sensitivityTier: input.sensitivityTier ?? 'STANDARD' }),
        );
        await this.audit.record(manager, {
          actor,
          action: 'ORGANISATION_CREATED',
          target: { type: 'ORGANISATION', id: organisation.id },
          organisationId: organisation.id,
          details: { name, kind: organisation.kind, industry: organisation.industry, sensitivityTier: organisation.sensitivityTier },
          ip,
        });
        return organisation;
      });
      return { organisation };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) throw duplicate();
      throw error;
    }
  }
}
