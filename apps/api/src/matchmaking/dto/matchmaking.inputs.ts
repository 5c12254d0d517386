import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import {
  ANSWERS, CAPACITY_PERIODS, CONFLICT_REASONS, INTRODUCTION_OUTCOMES, INTRODUCTION_SIDES, INTRODUCTION_STATUSES, NEED_STATES, NEED_URGENCIES, RESOURCE_KINDS,
  type Answer, type CapacityPeriod, type ConflictReason, type IntroductionOutcome, type IntroductionSide, type IntroductionStatus, type NeedState, type NeedUrgency, type ResourceKind,
} from '../matchmaking-rules.js';
import {
  AnswerEnum, CapacityPeriodEnum, ConflictReasonEnum, IntroductionOutcomeEnum, IntroductionSideEnum, IntroductionStatusEnum, NeedStateEnum, NeedUrgencyEnum, ResourceKindEnum,
} from '../models/matchmaking-enums.js';
import { MatchTagsInput } from '../models/match-tags.model.js';

@InputType({ description: 'An organisation a resource must never be introduced to.' })
export class ResourceConflictInput {
  @Field(() => ID, { description: 'The organisation (never the resource’s own owner).' })
  @IsUUID()
  organisationId!: string;

  @Field(() => ConflictReasonEnum, { defaultValue: 'DECLARED', description: 'Why.' })
  @IsIn(CONFLICT_REASONS)
  reason!: ConflictReason;
}

@InputType({ description: 'A resource’s details (managers).' })
export class MatchResourceFieldsInput {
  @Field({ description: 'Its name; 1 to 120 characters.' })
  @CleanText({ min: 1, max: 120 })
  name!: string;

  @Field({ defaultValue: '', description: 'What it offers; at most 4,000 characters.' })
  @CleanText({ max: 4000, multiline: true })
  description!: string;

  @Field(() => MatchTagsInput, { description: 'Its tags.' })
  @ValidateNested() @Type(() => MatchTagsInput)
  tags!: MatchTagsInput;

  @Field(() => Int, { description: 'Places per period, 0 to 1,000.' })
  @IsInt()
  capacity!: number;

  @Field(() => CapacityPeriodEnum, { description: 'What the capacity counts.' })
  @IsIn(CAPACITY_PERIODS)
  capacityPeriod!: CapacityPeriod;

  @Field({ defaultValue: true, description: 'Off: on leave or not taking new matches.' })
  @IsBoolean()
  available!: boolean;

  @Field(() => Date, { nullable: true, description: 'Takes matches from then on.' })
  @IsOptional() @IsDate()
  availableFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Takes matches until then.' })
  @IsOptional() @IsDate()
  availableUntil?: Date | null;

  @Field(() => [ResourceConflictInput], { defaultValue: [], description: 'Organisations it must never meet (replaces the list); at most 100.' })
  @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ResourceConflictInput)
  conflicts!: ResourceConflictInput[];
}

@InputType({ description: 'A new resource: exactly one owner, a person or an organisation.' })
export class CreateMatchResourceInput extends MatchResourceFieldsInput {
  @Field(() => ResourceKindEnum, { description: 'What it is.' })
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @Field(() => ID, { nullable: true, description: 'The person who owns it (a consultant, a manager, an engineer).' })
  @IsOptional() @IsUUID()
  ownerUserId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that owns it (its members answer).' })
  @IsOptional() @IsUUID()
  ownerOrganisationId?: string | null;
}

@InputType({ description: 'A resource’s new details (its kind and owner stay).' })
export class UpdateMatchResourceInput extends MatchResourceFieldsInput {
  @Field(() => ID, { description: 'The resource.' })
  @IsUUID()
  resourceId!: string;
}

@InputType({ description: 'A startup’s need, for one of its projects.' })
export class PostMatchNeedInput {
  @Field(() => ID, { nullable: true, description: 'The startup; founders may leave it out (their own), managers name it.' })
  @IsOptional() @IsUUID()
  organisationId?: string | null;

  @Field(() => ID, { description: 'The project it serves; must be the organisation’s.' })
  @IsUUID()
  projectId!: string;

  @Field(() => ResourceKindEnum, { description: 'The kind of resource asked for.' })
  @IsIn(RESOURCE_KINDS)
  kind!: ResourceKind;

  @Field({ description: 'What exactly is needed; 1 to 4,000 characters.' })
  @CleanText({ min: 1, max: 4000, multiline: true })
  description!: string;

  @Field(() => NeedUrgencyEnum, { defaultValue: 'NORMAL', description: 'How urgent.' })
  @IsIn(NEED_URGENCIES)
  urgency!: NeedUrgency;

  @Field(() => MatchTagsInput, { description: 'Its tags.' })
  @ValidateNested() @Type(() => MatchTagsInput)
  tags!: MatchTagsInput;

  @Field(() => [ID], { defaultValue: [], description: 'Competitors to keep away from (customers, investors tied to them); at most 50.' })
  @ArrayMaxSize(50) @IsUUID('all', { each: true })
  competitorOrganisationIds!: string[];
}

@InputType({ description: 'A need’s new details, while it is OPEN.' })
export class UpdateMatchNeedInput {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID()
  needId!: string;

  @Field({ description: 'What exactly is needed; 1 to 4,000 characters.' })
  @CleanText({ min: 1, max: 4000, multiline: true })
  description!: string;

  @Field(() => NeedUrgencyEnum, { description: 'How urgent.' })
  @IsIn(NEED_URGENCIES)
  urgency!: NeedUrgency;

  @Field(() => MatchTagsInput, { description: 'Its tags.' })
  @ValidateNested() @Type(() => MatchTagsInput)
  tags!: MatchTagsInput;

  @Field(() => [ID], { defaultValue: [], description: 'Competitors to keep away from; at most 50.' })
  @ArrayMaxSize(50) @IsUUID('all', { each: true })
  competitorOrganisationIds!: string[];
}

@InputType({ description: 'A need to close.' })
export class CloseMatchNeedInput {
  @Field(() => ID, { description: 'The need.' })
  @IsUUID()
  needId!: string;
}

@InputType({ description: 'An organisation’s declared competitors (replaces the list).' })
export class SetOrganisationCompetitorsInput {
  @Field(() => ID, { description: 'The organisation; founders: their own.' })
  @IsUUID()
  organisationId!: string;

  @Field(() => [ID], { description: 'Its competitors; at most 50.' })
  @ArrayMaxSize(50) @IsUUID('all', { each: true })
  competitorOrganisationIds!: string[];
}

@InputType({ description: 'A manager’s proposal: the assignment’s resource, another ranked one (a swap) or any other (an override).' })
export class ProposeIntroductionInput {
  @Field(() => ID, { description: 'The open need.' })
  @IsUUID()
  needId!: string;

  @Field(() => ID, { description: 'The resource; refused if it conflicts with the startup, is full or unavailable.' })
  @IsUUID()
  resourceId!: string;
}

@InputType({ description: 'Several proposals at once, all or none (e.g. the whole assignment).' })
export class ProposeIntroductionsInput {
  @Field(() => [ProposeIntroductionInput], { description: 'The needs and resources, 1 to 100.' })
  @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ProposeIntroductionInput)
  items!: ProposeIntroductionInput[];
}

@InputType({ description: 'One side’s answer to a proposed introduction.' })
export class AnswerIntroductionInput {
  @Field(() => ID, { description: 'The introduction.' })
  @IsUUID()
  introductionId!: string;

  @Field(() => IntroductionSideEnum, { description: 'The side the caller answers for (refused with NOT_YOUR_SIDE for the other one).' })
  @IsIn(INTRODUCTION_SIDES)
  side!: IntroductionSide;

  @Field(() => AnswerEnum, { description: 'Accept or decline.' })
  @IsIn(ANSWERS)
  answer!: Answer;
}

@InputType({ description: 'The day the two sides met.' })
export class RecordIntroductionMeetingInput {
  @Field(() => ID, { description: 'The accepted introduction.' })
  @IsUUID()
  introductionId!: string;

  @Field({ description: 'The Shanghai day, YYYY-MM-DD; not before the proposal, not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'metOn is a day written YYYY-MM-DD' })
  metOn!: string;
}

@InputType({ description: 'What came of an introduction once they met.' })
export class RecordIntroductionOutcomeInput {
  @Field(() => ID, { description: 'The introduction (MET).' })
  @IsUUID()
  introductionId!: string;

  @Field(() => IntroductionOutcomeEnum, { description: 'The outcome.' })
  @IsIn(INTRODUCTION_OUTCOMES)
  outcome!: IntroductionOutcome;

  @Field({ defaultValue: '', description: 'Notes; at most 4,000 characters.' })
  @CleanText({ max: 4000, multiline: true })
  notes!: string;
}

@InputType({ description: 'Matchmaking settings (managers).' })
export class SetMatchmakingSettingsInput {
  @Field(() => Int, { description: 'Days before each reminder to an unanswered side, 1 to 30.' })
  @IsInt()
  reminderDays!: number;
}

@ArgsType()
export class MatchResourcesArgs extends ConnectionArgs {
  @Field(() => [ResourceKindEnum], { nullable: true, description: 'Only these kinds.' })
  @IsOptional() @IsIn(RESOURCE_KINDS, { each: true })
  kind?: ResourceKind[] | null;
}

@ArgsType()
export class MatchNeedsArgs extends ConnectionArgs {
  @Field(() => [NeedStateEnum], { nullable: true, description: 'Only these states.' })
  @IsOptional() @IsIn(NEED_STATES, { each: true })
  state?: NeedState[] | null;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s (founders: their own only).' })
  @IsOptional() @IsUUID()
  organisationId?: string | null;
}

@ArgsType()
export class IntroductionsArgs extends ConnectionArgs {
  @Field(() => [IntroductionStatusEnum], { nullable: true, description: 'Only these statuses.' })
  @IsOptional() @IsIn(INTRODUCTION_STATUSES, { each: true })
  status?: IntroductionStatus[] | null;

  @Field(() => ID, { nullable: true, description: 'Only for this need.' })
  @IsOptional() @IsUUID()
  needId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only for this resource.' })
  @IsOptional() @IsUUID()
  resourceId?: string | null;
}

@ArgsType()
export class MatchSuggestionsArgs {
  @Field(() => Int, { defaultValue: 5, description: 'How many ranked resources per need, 1 to 20.' })
  @Min(1) @Max(20)
  rankedPerNeed!: number;
}

@ArgsType()
export class MatchmakingFunnelArgs {
  @Field(() => String, { nullable: true, description: 'First month, YYYY-MM (Shanghai); default 11 months before the last.' })
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'fromMonth is YYYY-MM' })
  fromMonth?: string | null;

  @Field(() => String, { nullable: true, description: 'Last month, YYYY-MM (Shanghai); default this month.' })
  @IsOptional() @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'toMonth is YYYY-MM' })
  toMonth?: string | null;
}
