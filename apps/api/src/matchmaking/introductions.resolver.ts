import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { AnswerIntroductionInput, IntroductionsArgs, ProposeIntroductionInput, ProposeIntroductionsInput, RecordIntroductionMeetingInput, RecordIntroductionOutcomeInput } from './dto/matchmaking.inputs.js';
import { IntroductionPayload, IntroductionsPayload } from './dto/matchmaking.payloads.js';
import { Introduction, IntroductionConnection } from './models/introduction.model.js';
import { IntroductionsService } from './services/introductions.service.js';
import { MatchmakingQueriesService } from './services/matchmaking-queries.service.js';

/** Root fields of introductions: a guard, then one service call. */
@Resolver(() => Introduction)
export class IntroductionsResolver {
  constructor(
    private readonly commands: IntroductionsService,
    private readonly queries: MatchmakingQueriesService,
  ) {}

  @Allow('MATCHMAKING_READ')
  @Query(() => IntroductionConnection, { description: 'Introductions, newest first: founders their organisation’s, resource owners their resources’, managers all.' })
  introductions(@CurrentActor() actor: Actor, @Args() args: IntroductionsArgs) {
    return this.queries.introductions(actor, args);
  }

  @Allow('MATCHMAKING_READ')
  @Query(() => Introduction, { nullable: true, description: 'One introduction; null when it does not exist or the caller is on neither side (managers: any).' })
  introduction(@CurrentActor() actor: Actor, @Args() args: UuidArgs) {
    return this.queries.introduction(actor, args.id);
  }

  @Allow('MATCHMAKING_MANAGE')
  @Mutation(() => IntroductionPayload, { description: 'Propose that a need’s startup and a resource meet (managers); refused into a conflict, past capacity, when unavailable or of another kind. Both sides are notified.' })
  proposeIntroduction(@CurrentActor() actor: Actor, @Args('input', { description: 'The need and the resource.' }) input: ProposeIntroductionInput) {
    return payloadOf(async () => ({ introduction: await this.commands.propose(actor, input) }));
  }

  @Allow('MATCHMAKING_MANAGE')
  @Mutation(() => IntroductionsPayload, { description: 'Propose several introductions at once, all or none (e.g. accept the whole assignment); each refused as proposeIntroduction would, naming its item.' })
  proposeIntroductions(@CurrentActor() actor: Actor, @Args('input', { description: 'The needs and resources.' }) input: ProposeIntroductionsInput) {
    return payloadOf(async () => ({ introductions: await this.commands.proposeMany(actor, input.items) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => IntroductionPayload, { description: 'Accept or decline for one’s own side (a founder for the startup, the owner for the resource). Both accept → ACCEPTED, refused past the resource’s capacity; one declines → DECLINED.' })
  answerIntroduction(@CurrentActor() actor: Actor, @Args('input', { description: 'The introduction, the side and the answer.' }) input: AnswerIntroductionInput) {
    return payloadOf(async () => ({ introduction: await this.commands.answer(actor, input) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => IntroductionPayload, { description: 'Record the day an accepted introduction’s sides met (either side, managers).' })
  recordIntroductionMeeting(@CurrentActor() actor: Actor, @Args('input', { description: 'The introduction and the day.' }) input: RecordIntroductionMeetingInput) {
    return payloadOf(async () => ({ introduction: await this.commands.recordMeeting(actor, input) }));
  }

  @Allow('MATCHMAKING_TAKE_PART')
  @Mutation(() => IntroductionPayload, { description: 'Record what came of a met introduction, with notes (either side, managers).' })
  recordIntroductionOutcome(@CurrentActor() actor: Actor, @Args('input', { description: 'The introduction, the outcome and notes.' }) input: RecordIntroductionOutcomeInput) {
    return payloadOf(async () => ({ introduction: await this.commands.recordOutcome(actor, input) }));
  }
}
