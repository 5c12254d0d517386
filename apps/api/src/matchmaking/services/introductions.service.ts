import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { conflictBetween, infeasibility, scorePair, type MatchingResult } from '@suanli/matching';
import { isDayLabel, shanghaiDay } from '@suanli/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/access/actor.js';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { AuditService } from '../../audit/index.js';
import { NotificationsService } from '../../notifications/index.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import type { AnswerIntroductionInput, ProposeIntroductionInput, RecordIntroductionMeetingInput, RecordIntroductionOutcomeInput } from '../dto/matchmaking.inputs.js';
import { IntroductionEntity } from '../entities/introduction.entity.js';
import { MatchNeedEntity } from '../entities/match-need.entity.js';
import { MatchResourceEntity } from '../entities/match-resource.entity.js';
import { LIVE_STATUSES, type ProposalChoice } from '../matchmaking-rules.js';
import { factsOf, noticeIntroduction, sidePeople } from './introduction-notices.js';
import { needById, pastIntroductions, resourceById } from './matching-inputs.js';
import { isMatchmakingManager, NO_INTRODUCTION, NO_NEED, NO_RESOURCE, sidesOf, visibleIntroductionsWhere } from './matchmaking-access.js';
import { MatchSuggestionsService } from './suggestions.service.js';

/** The acceptance trigger's refusal past the resource's capacity (introductions_guard). */
export function isCapacityRefusal(error: unknown): boolean {
  return error instanceof QueryFailedError && /is at capacity/.test(error.message);
}

/** ASSIGNED when the global assignment chose this resource for the need, RANKED when it is in the ranked list, else OVERRIDE. */
function choiceOf(result: MatchingResult, needId: string, resourceId: string): ProposalChoice {
  const suggestion = result.needs.find((n) => n.needId === needId);
  if (suggestion?.assigned?.resourceId === resourceId) return 'ASSIGNED';
  if (suggestion?.ranked.some((p) => p.resourceId === resourceId)) return 'RANKED';
  return 'OVERRIDE';
}

const atCapacity = () => new DomainError(UserErrorCode.RESOURCE_AT_CAPACITY, 'The resource has no place left this period', ['resourceId']);

/** An introduction's life: proposed by a manager, answered by both sides, met, concluded. Each step in one transaction. */
@Injectable()
export class IntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly suggestions: MatchSuggestionsService,
    private readonly audit: AuditService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * A manager proposes a resource for a need: the assignment's, another ranked one, or any other
   * (an override). Refused into a conflict, past capacity, when unavailable or of another kind.
   */
  propose(actor: Actor, input: ProposeIntroductionInput): Promise<IntroductionEntity> {
    return this.dataSource.transaction((manager) => this.proposeIn(manager, actor, input));
  }

  /**
   * Several proposals at once, all or none ("accept the assignment" for many needs): one
   * transaction, the suggestions computed once for every item's choice. A refused item names its
   * place in the list (field ['items', i, …]).
   */
  proposeMany(actor: Actor, items: readonly ProposeIntroductionInput[]): Promise<IntroductionEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      const suggested = await this.suggestions.compute(manager, 5);
      const made: IntroductionEntity[] = [];
      for (const [i, item] of items.entries()) {
        try {
          made.push(await this.proposeIn(manager, actor, item, suggested));
        } catch (error) {
          if (error instanceof DomainError) throw new DomainError(error.code, `Item ${i + 1}: ${error.message}`, ['items', String(i), ...(error.field ?? [])]);
          throw error;
        }
      }
      return made;
    });
  }

  private async proposeIn(manager: EntityManager, actor: Actor, input: ProposeIntroductionInput, suggested?: MatchingResult): Promise<IntroductionEntity> {
    if (!isMatchmakingManager(actor)) throw new DomainError(UserErrorCode.TRANSITION_NOT_ALLOWED_FOR_ROLE, 'Introductions are proposed by managers', null);
    const needRow = await manager.getRepository(MatchNeedEntity).createQueryBuilder('n').setLock('pessimistic_write').where('n.id = :id', { id: input.needId }).getOne();
    if (!needRow) throw NO_NEED();
    if (needRow.state !== 'OPEN') throw new DomainError(UserErrorCode.INVALID_STATE, 'Only an open need gets introductions', ['needId']);
    // The resource's row lock orders this proposal with acceptances that take its places.
    const resourceRow = await manager.getRepository(MatchResourceEntity).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id: input.resourceId }).getOne();
    if (!resourceRow) throw NO_RESOURCE();
    const now = this.clock.now();
    const need = (await needById(manager, needRow.id))!;
    const resource = (await resourceById(manager, resourceRow.id, now))!;
    if (need.kind !== resource.kind) throw new DomainError(UserErrorCode.RESOURCE_KIND_MISMATCH, `The need asks for a ${need.kind}, the resource is a ${resource.kind}`, ['resourceId']);
    const conflict = conflictBetween(need, resource);
    if (conflict) throw new DomainError(UserErrorCode.RESOURCE_CONFLICT, `The resource has a conflict of interest with the startup (${conflict})`, ['resourceId']);
    const why = infeasibility(need, resource);
    if (why === 'UNAVAILABLE') throw new DomainError(UserErrorCode.RESOURCE_UNAVAILABLE, 'The resource is not taking matches now', ['resourceId']);
    if (why === 'NO_CAPACITY_LEFT') throw atCapacity();
    const live = await manager.getRepository(IntroductionEntity).createQueryBuilder('i')
      .where('i.need_id = :needId AND i.resource_id = :resourceId AND i.status IN (:...live)', { needId: need.id, resourceId: resource.id, live: LIVE_STATUSES }).getCount();
    if (live > 0) throw new DomainError(UserErrorCode.INVALID_STATE, 'This resource is already introduced for this need', ['resourceId']);
    const pair = scorePair(need, resource, await pastIntroductions(manager));
    if (!pair) throw new DomainError(UserErrorCode.RESOURCE_CONFLICT, 'The resource cannot be matched with this need', ['resourceId']);
    const choice = choiceOf(suggested ?? (await this.suggestions.compute(manager, 5, need.id)), need.id, resource.id);
    const introduction = await manager.save(
      manager.create(IntroductionEntity, {
        needId: need.id, resourceId: resource.id, organisationId: need.organisationId, status: 'PROPOSED', choice, score: pair.score,
        reasons: pair.reasons.map((r) => ({ code: r.code, points: r.points, text: r.text })), explanationZh: pair.explanation['zh-CN'], explanationEn: pair.explanation.en,
        proposedBy: actor.id, proposedAt: now,
      }),
    );
    await this.audit.record(manager, {
      actor, action: 'INTRODUCTION_PROPOSED', target: { type: 'INTRODUCTION', id: introduction.id }, organisationId: need.organisationId,
      details: { needId: need.id, resourceId: resource.id, kind: resource.kind, choice, score: pair.score },
    });
    const people = await sidePeople(manager, introduction.id);
    await noticeIntroduction(this.notifications, manager, await factsOf(manager, introduction.id), 'INTRODUCTION_PROPOSED', [...people.startup, ...people.resource]);
    return introduction;
  }

  /** One side's answer. Only for a side the caller answers for (NOT_YOUR_SIDE otherwise); both accept → ACCEPTED, one declines → DECLINED. */
  async answer(actor: Actor, input: AnswerIntroductionInput): Promise<IntroductionEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { introduction, resource } = await this.lockVisible(manager, actor, input.introductionId);
        if (!sidesOf(actor, introduction, resource).includes(input.side)) {
          throw new DomainError(UserErrorCode.NOT_YOUR_SIDE, input.side === 'STARTUP' ? 'Only a founder of the startup answers for the startup' : 'Only the resource’s owner (or a member of its organisation) answers for the resource', ['side']);
        }
        if (introduction.status !== 'PROPOSED') throw new DomainError(UserErrorCode.INVALID_STATE, 'The introduction is answered already', ['introductionId']);
        const answered = input.side === 'STARTUP' ? introduction.startupAnswer : introduction.resourceAnswer;
        if (answered) throw new DomainError(UserErrorCode.INVALID_STATE, 'This side has answered already', ['side']);
        const now = this.clock.now();
        const answers = input.side === 'STARTUP'
          ? { startupAnswer: input.answer, startupAnsweredBy: actor.id, startupAnsweredAt: now }
          : { resourceAnswer: input.answer, resourceAnsweredBy: actor.id, resourceAnsweredAt: now };
        const other = input.side === 'STARTUP' ? introduction.resourceAnswer : introduction.startupAnswer;
        const declined = input.answer === 'DECLINE';
        const accepted = !declined && other === 'ACCEPT';
        const status = declined ? 'DECLINED' as const : accepted ? 'ACCEPTED' as const : 'PROPOSED' as const;
        // The trigger counts the resource's places under its row lock and refuses an acceptance past them.
        await manager.update(IntroductionEntity, { id: introduction.id }, {
          ...answers, status, ...(declined ? { declinedAt: now } : {}), ...(accepted ? { acceptedAt: now } : {}),
        });
        if (accepted) await manager.update(MatchNeedEntity, { id: introduction.needId, state: 'OPEN' }, { state: 'MATCHED', updatedAt: now });
        if (status !== 'PROPOSED') {
          await this.audit.record(manager, {
            actor, action: accepted ? 'INTRODUCTION_ACCEPTED' : 'INTRODUCTION_DECLINED', target: { type: 'INTRODUCTION', id: introduction.id },
            organisationId: introduction.organisationId, details: { side: input.side, resourceId: introduction.resourceId, needId: introduction.needId },
          });
          await noticeIntroduction(this.notifications, manager, await factsOf(manager, introduction.id), 'INTRODUCTION_ANSWERED', [introduction.proposedBy], { decision: status });
        }
        return manager.getRepository(IntroductionEntity).findOneByOrFail({ id: introduction.id });
      });
    } catch (error) {
      if (isCapacityRefusal(error)) throw atCapacity();
      throw error;
    }
  }

  /** The day they met: either side or a manager, once ACCEPTED. */
  recordMeeting(actor: Actor, input: RecordIntroductionMeetingInput): Promise<IntroductionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { introduction, resource } = await this.lockVisible(manager, actor, input.introductionId);
      this.assertTakesPart(actor, introduction, resource);
      if (introduction.status !== 'ACCEPTED') throw new DomainError(UserErrorCode.INVALID_STATE, 'A meeting is recorded once both sides accepted (and once only)', ['introductionId']);
      const now = this.clock.now();
      if (!isDayLabel(input.metOn)) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'metOn is an existing day written YYYY-MM-DD', ['metOn']);
      if (input.metOn > shanghaiDay(now) || input.metOn < shanghaiDay(introduction.proposedAt)) {
        throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'They met between the proposal and today (Shanghai)', ['metOn']);
      }
      await manager.update(IntroductionEntity, { id: introduction.id }, { status: 'MET', metOn: input.metOn });
      await this.audit.record(manager, {
        actor, action: 'INTRODUCTION_MET', target: { type: 'INTRODUCTION', id: introduction.id }, organisationId: introduction.organisationId, details: { metOn: input.metOn },
      });
      return manager.getRepository(IntroductionEntity).findOneByOrFail({ id: introduction.id });
    });
  }

  /** What came of it: either side or a manager, once MET. */
  recordOutcome(actor: Actor, input: RecordIntroductionOutcomeInput): Promise<IntroductionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { introduction, resource } = await this.lockVisible(manager, actor, input.introductionId);
      this.assertTakesPart(actor, introduction, resource);
      if (introduction.status !== 'MET') throw new DomainError(UserErrorCode.INVALID_STATE, 'An outcome is recorded once they met (and once only)', ['introductionId']);
      const now = this.clock.now();
      await manager.update(IntroductionEntity, { id: introduction.id }, { status: 'CONCLUDED', outcome: input.outcome, outcomeNotes: input.notes || null, concludedAt: now });
      await this.audit.record(manager, {
        actor, action: 'INTRODUCTION_OUTCOME_RECORDED', target: { type: 'INTRODUCTION', id: introduction.id }, organisationId: introduction.organisationId,
        details: { outcome: input.outcome, resourceId: introduction.resourceId },
      });
      return manager.getRepository(IntroductionEntity).findOneByOrFail({ id: introduction.id });
    });
  }

  private assertTakesPart(actor: Actor, introduction: IntroductionEntity, resource: MatchResourceEntity): void {
    if (isMatchmakingManager(actor) || sidesOf(actor, introduction, resource).length > 0) return;
    throw new DomainError(UserErrorCode.NOT_YOUR_SIDE, 'Only the two sides or a manager record the meeting and its outcome', ['introductionId']);
  }

  /** The introduction, locked, if the caller may see it (anything else reads as missing). */
  private async lockVisible(manager: EntityManager, actor: Actor, id: string): Promise<{ introduction: IntroductionEntity; resource: MatchResourceEntity }> {
    const query = manager.getRepository(IntroductionEntity).createQueryBuilder('i').innerJoin(MatchResourceEntity, 'r', 'r.id = i.resource_id')
      .setLock('pessimistic_write', undefined, ['i']).where('i.id = :id', { id });
    const visible = visibleIntroductionsWhere(actor);
    if (visible) query.andWhere(visible.sql, visible.params);
    const introduction = await query.getOne();
    if (!introduction) throw NO_INTRODUCTION();
    const resource = await manager.getRepository(MatchResourceEntity).findOneByOrFail({ id: introduction.resourceId });
    return { introduction, resource };
  }
}
