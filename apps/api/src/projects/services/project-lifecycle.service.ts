import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { adaptationDueDate, checkAdaptationGate, checkCardNeed, checkTransition, isStaff, type CardNeedProblem } from '@suanli/domain';
import { tenantOf, type Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { OrganisationEntity } from '../../organisations/index.js';
import type { ApplyForProjectInput } from '../dto/apply-for-project.input.js';
import type { ProjectStage } from '@suanli/domain';
import type { TransitionProjectInput } from '../dto/transition-project.input.js';
import { AdaptationEntity } from '../entities/adaptation.entity.js';
import { ProjectTransitionEntity } from '../entities/project-transition.entity.js';
import { ProjectEntity } from '../entities/project.entity.js';

const UNIQUE_VIOLATION = '23505';

/** Creates projects and moves them through the lifecycle, auditing every move. */
@Injectable()
export class ProjectLifecycleService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async apply(actor: Actor, input: ApplyForProjectInput): Promise<{ project: ProjectEntity }> {
    const organisationId = this.applicantOrganisation(actor, input);
    const [problem] = checkCardNeed(input);
    if (problem) throw cardNeedError(problem);
    try {
      const project = await this.dataSource.transaction(async (manager) => {
        if (!(await manager.existsBy(OrganisationEntity, { id: organisationId }))) {
          throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
        }
        const created = await manager.save(
          manager.create(ProjectEntity, {
            organisationId,
            name: input.name.trim(),
            summary: input.summary.trim(),
            cooperationModes: [...new Set(input.cooperationModes)],
            sourcePlatform: input.sourcePlatform?.trim() || 'CUDA/NVIDIA',
            cardType: input.cardType?.trim() || null,
            cardCountEstimate: input.cardCountEstimate ?? null,
            budgetFen: input.budgetFen ?? null,
            stage: 'APPLIED',
          }),
        );
        await manager.insert(ProjectTransitionEntity, {
          projectId: created.id,
          fromStage: null,
          toStage: 'APPLIED',
          reasonCode: 'APPLICATION_SUBMITTED',
          reason: '',
          actorId: actor.id,
        });
        return created;
      });
      return { project };
    } catch (error) {
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        throw new DomainError(UserErrorCode.DUPLICATE_NAME, 'This organisation already has a project of that name', ['name']);
      }
      throw error;
    }
  }

  private applicantOrganisation(actor: Actor, input: ApplyForProjectInput): string {
    if (actor.kind === 'user' && isStaff(actor.role)) {
      if (!input.organisationId) {
        throw new DomainError(UserErrorCode.ORGANISATION_REQUIRED, 'Choose the organisation applying', ['organisationId']);
      }
      return input.organisationId;
    }
    const own = tenantOf(actor)!;
    if (input.organisationId && input.organisationId !== own) {
      throw new DomainError(UserErrorCode.NOT_FOUND, 'No such organisation', ['organisationId']);
    }
    return own;
  }

  /**
   * Moves a project one step. The row is locked for the whole transaction, so two managers
   * moving the same project at once cannot both succeed from the same stage.
   */
  transition(actor: Actor, input: TransitionProjectInput): Promise<{ project: ProjectEntity }> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.lockVisible(manager, actor, input.projectId);
      const check = checkTransition(project.stage, input.toStage, actor.role);
      if (!check.ok) {
        const message =
          check.code === 'INVALID_TRANSITION'
            ? `A project cannot move from ${project.stage} to ${input.toStage}`
            : `Your role may not move a project from ${project.stage} to ${input.toStage}`;
        throw new DomainError(UserErrorCode[check.code], message, ['toStage']);
      }
      await this.checkGate(manager, project, input.toStage);
      const now = new Date();
      await manager.insert(ProjectTransitionEntity, {
        projectId: project.id,
        fromStage: project.stage,
        toStage: input.toStage,
        reasonCode: 'NOTE',
        reason: input.reason.trim(),
        actorId: actor.id,
        createdAt: now,
      });
      project.stage = input.toStage;
      project.stageEnteredAt = now;
      await manager.save(project);
      if (input.toStage === 'ADAPTATION') await this.startAdaptation(manager, project, now);
      return { project };
    });
  }

  private async checkGate(manager: EntityManager, project: ProjectEntity, toStage: ProjectStage): Promise<void> {
    if (project.stage !== 'ADAPTATION') return;
    const adaptation = await manager.findOneBy(AdaptationEntity, { projectId: project.id });
    const gate = checkAdaptationGate(toStage, adaptation?.completedItems ?? null);
    if (!gate.ok) {
      throw new DomainError(
        UserErrorCode.ADAPTATION_INCOMPLETE,
        `The adaptation checklist is ${gate.done}/${gate.total}: finish it before incubation, or reject or withdraw the project`,
        ['toStage'],
      );
    }
  }

  private async startAdaptation(manager: EntityManager, project: ProjectEntity, now: Date): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AdaptationEntity)
      .values({
        projectId: project.id,
        sourcePlatform: project.sourcePlatform,
        targetPlatform: 'CANN/Ascend',
        startedAt: now,
        dueAt: adaptationDueDate(now),
        completedItems: [],
      })
      .orIgnore()
      .execute();
  }

  async lockVisible(manager: EntityManager, actor: Actor, projectId: string): Promise<ProjectEntity> {
    const query = manager
      .getRepository(ProjectEntity)
      .createQueryBuilder('p')
      .setLock('pessimistic_write')
      .where('p.id = :projectId', { projectId });
    const tenant = tenantOf(actor);
    if (tenant) query.andWhere('p.organisation_id = :tenant', { tenant });
    const project = await query.getOne();
    if (!project) throw new DomainError(UserErrorCode.NOT_FOUND, 'No such project', ['projectId']);
    return project;
  }
}

const CARD_NEED_MESSAGES: Record<CardNeedProblem['code'], string> = {
  CARD_TYPE_REQUIRED: 'Say which card type the estimate is for',
  CARD_COUNT_REQUIRED: 'Estimate how many cards of this type',
  CARD_COUNT_OUT_OF_RANGE: 'The card estimate must be a whole number from 1 to 10,000',
  BUDGET_NOT_FEN: 'The budget must be a whole number of fen, zero or more',
  BUDGET_TOO_LARGE: 'The budget is larger than any application can be',
};

function cardNeedError(problem: CardNeedProblem): DomainError {
  const code = problem.code === 'CARD_COUNT_OUT_OF_RANGE' ? UserErrorCode.INVALID_CARD_COUNT : UserErrorCode.VALIDATION_FAILED;
  return new DomainError(code, CARD_NEED_MESSAGES[problem.code], [problem.field]);
}
