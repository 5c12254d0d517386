import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { Answer, IntroductionOutcome, IntroductionStatus, ProposalChoice } from '../matchmaking-rules.js';
import { AnswerEnum, IntroductionOutcomeEnum, IntroductionStatusEnum, ProposalChoiceEnum } from './matchmaking-enums.js';

@ObjectType({ description: 'One reason in a match’s score, in both languages.' })
export class MatchReason {
  @Field({ description: 'A stable code: INDUSTRY_OVERLAP, TECHNOLOGY_OVERLAP, STAGE_FIT, REGION, URGENCY, PAST_OUTCOMES, CAPACITY_LEFT, NO_CONFLICT, …' })
  code!: string;

  @Field(() => Int, { description: 'Points it adds to the score.' })
  points!: number;

  @Field({ description: 'The reason in Chinese.' })
  textZh!: string;

  @Field({ description: 'The reason in English.' })
  textEn!: string;
}

@ObjectType({ description: 'A manager’s proposal that a startup and a resource meet; both sides answer.' })
export class Introduction {
  @Field(() => ID, { description: 'The introduction’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The need it answers.' })
  needId!: string;

  @Field(() => ID, { description: 'The resource proposed.' })
  resourceId!: string;

  @Field(() => ID, { description: 'The startup (the need’s organisation).' })
  organisationId!: string;

  @Field(() => IntroductionStatusEnum, { description: 'Where it stands.' })
  status!: IntroductionStatus;

  @Field(() => ProposalChoiceEnum, { description: 'How the manager chose the resource.' })
  choice!: ProposalChoice;

  @Field(() => Int, { description: 'The match’s score when proposed.' })
  score!: number;

  @Field({ description: 'Why this match, in Chinese, as proposed.' })
  explanationZh!: string;

  @Field({ description: 'Why this match, in English, as proposed.' })
  explanationEn!: string;

  @Field({ description: 'When it was proposed.' })
  proposedAt!: Date;

  @Field(() => AnswerEnum, { nullable: true, description: 'The startup’s answer; null while it has not answered.' })
  startupAnswer!: Answer | null;

  @Field(() => Date, { nullable: true, description: 'When the startup answered.' })
  startupAnsweredAt!: Date | null;

  @Field(() => AnswerEnum, { nullable: true, description: 'The resource side’s answer; null while it has not answered.' })
  resourceAnswer!: Answer | null;

  @Field(() => Date, { nullable: true, description: 'When the resource side answered.' })
  resourceAnsweredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the second acceptance made it ACCEPTED.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a side declined.' })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The day they met (YYYY-MM-DD, Shanghai).' })
  metOn!: string | null;

  @Field(() => IntroductionOutcomeEnum, { nullable: true, description: 'What came of it, once CONCLUDED.' })
  outcome!: IntroductionOutcome | null;

  @Field(() => String, { nullable: true, description: 'Notes on the outcome.' })
  outcomeNotes!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded.' })
  concludedAt!: Date | null;

  proposedBy!: string;
  startupAnsweredBy!: string | null;
  resourceAnsweredBy!: string | null;
  reasons!: { code: string; points: number; text: { 'zh-CN': string; en: string } }[];
}

@ObjectType({ description: 'An introduction connection.' })
export class IntroductionConnection extends ConnectionType(Introduction, 'Introduction') {}
