import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { ProjectEntity } from '../../projects/index.js';
import type { AcceptMilestoneInput, AddMilestoneInput, ReturnMilestoneInput, SubmitMilestoneEvidenceInput } from '../dto/milestone.inputs.js';
import { MilestoneEventEntity } from '../entities/milestone-event.entity.js';
import { MilestoneEntity } from '../entities/milestone.entity.js';
import { isCalendarDate, isHttpsUrl, MAX_KEY_LENGTH, MILESTONE_KEY, type MilestoneEventKind } from '../milestone-rules.js';

const UNIQUE_VIOLATION = '23505';
const NO_MILESTONE = () => new DomainError(UserErrorCode.NOT_FOUND, 'No such milestone', ['milestoneId']);
const invalid = (message: string, field: string) => new DomainError(UserErrorCode.VALIDATION_FAILED, message, [field]);

/** Sets milestones and moves their evidence through PLANNED → SUBMITTED → ACCEPTED / RETURNED, recording every step. */
@Injectable()
export class MilestonesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async add(actor: Actor, input: AddMilestoneInput): Promise<{ milestone: MilestoneEntity }> {
    const key = input.key.trim();
    const title = input.title.trim();
    const evidenceRequested = input.evidenceRequested.trim();
    if (!MILESTONE_KEY.test(key) || key.length > MAX_KEY_LENGTH) {
      throw invalid('The key is lower-case letters, digits and single hyphens, at most 60 characters', 'key');
    }
    if (!title) throw invalid('Give the milestone a title', 'title');
    if (!isCalendarDate(input.dueOn)) throw invalid('The due date must be a real date YYYY-MM-DD', 'dueOn');
    if (!evidenceRequested) throw invalid('Say what evidence is asked for', 'evidenceRequested');
    try {
      const milestone = await this.dataSource.transaction(async (manager) => {
        const query = manager.getRepository(ProjectEntity).createQueryBuilder('p').where('p.id = :id', { id: input.projectId });
        const tenant = tenantOf(actor);
        if (tenant) query.andWhere('p.organisation_id = :tenant', { tenant });
        const project = await query.getOne();
        if (!project) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project', ['projectId']);
        const created = await manager.save(
          manager.create(MilestoneEntity, { projectId: project.id, key, title, dueOn: input.dueOn, evidenceRequested, status: 'PLANNED' }),
        );
        await this.record(manager, created, 'CREATED', actor, null);
        return created;
      });
      return { milestone };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(UserErrorCode.DUPLICATE_NAME, 'The project already has a milestone with this key', ['key']);
      }
      throw error;
    }
  }

  /** The founder's evidence: only people of the project's own organisation find the milestone. */
  submit(actor: Actor, input: SubmitMilestoneEvidenceInput): Promise<{ milestone: MilestoneEntity }> {
    const evidence = input.evidence.trim();
    const evidenceUrl = input.evidenceUrl?.trim() || null;
    if (!evidence) throw invalid('Describe the evidence', 'evidence');
    if (evidenceUrl && !isHttpsUrl(evidenceUrl)) throw invalid('The link must be an https:// address', 'evidenceUrl');
    return this.dataSource.transaction(async (manager) => {
      if (actor.kind !== 'user' || !actor.organisationId) throw NO_MILESTONE();
      const milestone = await this.lock(manager, input.milestoneId, actor.organisationId);
      if (milestone.status !== 'PLANNED' && milestone.status !== 'RETURNED') {
        throw new DomainError(UserErrorCode.INVALID_STATE, `The milestone is ${milestone.status}; evidence is submitted while it is PLANNED or RETURNED`, ['milestoneId']);
      }
      Object.assign(milestone, {
        status: 'SUBMITTED',
        evidence,
        evidenceUrl,
        submittedAt: new Date(),
        submittedBy: actor.id,
        decidedAt: null,
        decidedBy: null,
        decisionNote: null,
      });
      await manager.save(milestone);
      await this.record(manager, milestone, 'SUBMITTED', actor, null);
      return { milestone };
    });
  }

  accept(actor: Actor, input: AcceptMilestoneInput): Promise<{ milestone: MilestoneEntity }> {
    return this.decide(actor, input.milestoneId, 'ACCEPTED', input.note?.trim() || null);
  }

  returnEvidence(actor: Actor, input: ReturnMilestoneInput): Promise<{ milestone: MilestoneEntity }> {
    const note = input.note.trim();
    if (!note) return Promise.reject(invalid('Say why the evidence is returned', 'note'));
    return this.decide(actor, input.milestoneId, 'RETURNED', note);
  }

  private decide(actor: Actor, milestoneId: string, status: 'ACCEPTED' | 'RETURNED', note: string | null): Promise<{ milestone: MilestoneEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const milestone = await this.lock(manager, milestoneId, tenantOf(actor));
      if (milestone.status !== 'SUBMITTED') {
        throw new DomainError(UserErrorCode.INVALID_STATE, `The milestone is ${milestone.status}; only SUBMITTED evidence is accepted or returned`, ['milestoneId']);
      }
      Object.assign(milestone, { status, decidedAt: new Date(), decidedBy: actor.id, decisionNote: note });
      await manager.save(milestone);
      await this.record(manager, milestone, status, actor, note);
      return { milestone };
    });
  }

  private async lock(manager: EntityManager, milestoneId: string, organisationId: string | null): Promise<MilestoneEntity> {
    const query = manager
      .getRepository(MilestoneEntity)
      .createQueryBuilder('m')
      .setLock('pessimistic_write', undefined, ['m'])
      .innerJoin(ProjectEntity, 'p', 'p.id = m.project_id')
      .where('m.id = :milestoneId', { milestoneId });
    if (organisationId) query.andWhere('p.organisation_id = :organisationId', { organisationId });
    const milestone = await query.getOne();
    if (!milestone) throw NO_MILESTONE();
    return milestone;
  }

  private async record(manager: EntityManager, milestone: MilestoneEntity, kind: MilestoneEventKind, actor: Actor, note: string | null): Promise<void> {
    await manager.insert(MilestoneEventEntity, { milestoneId: milestone.id, projectId: milestone.projectId, kind, actorId: actor.id, note });
  }
}

/**
 * Whether the project's milestone of that key is ACCEPTED, inside the caller's transaction: what a
 * tranche's release condition asks. False for an unknown key.
 */
export async function isMilestoneAccepted(manager: EntityManager, projectId: string, key: string): Promise<boolean> {
  return manager.getRepository(MilestoneEntity).existsBy({ projectId, key, status: 'ACCEPTED' });
}
