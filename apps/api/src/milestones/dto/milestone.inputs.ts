import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { UserError } from '../../common/graphql/user-error.model.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import { Milestone } from '../models/milestone.model.js';

@InputType({ description: 'A new milestone for a project.' })
export class AddMilestoneInput {
  @Field(() => ID, { description: 'The project.' })
  @IsUUID()
  projectId!: string;

  @Field({ description: 'Stable key, unique within the project: lower-case letters, digits and hyphens, at most 60 (e.g. model-adapted).' })
  @IsString()
  @MaxLength(200)
  key!: string;

  @Field({ description: 'What the milestone is; not empty, at most 200 characters.' })
  @CleanText({ max: 200 })
  title!: string;

  @Field({ description: 'The day it is due, YYYY-MM-DD in Asia/Shanghai.' })
  @IsString()
  @MaxLength(10)
  dueOn!: string;

  @Field({ description: 'The evidence asked for; not empty, at most 2,000 characters.' })
  @CleanText({ max: 2000, multiline: true })
  evidenceRequested!: string;
}

@InputType({ description: 'The founder’s evidence for a milestone.' })
export class SubmitMilestoneEvidenceInput {
  @Field(() => ID, { description: 'The milestone, which must be PLANNED or RETURNED.' })
  @IsUUID()
  milestoneId!: string;

  @Field({ description: 'What was achieved; not empty, at most 4,000 characters.' })
  @CleanText({ max: 4000, multiline: true })
  evidence!: string;

  @Field(() => String, { nullable: true, description: 'An https link to the evidence (report, repository, contract); optional.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  evidenceUrl?: string | null;
}

@InputType({ description: 'A manager accepts submitted evidence.' })
export class AcceptMilestoneInput {
  @Field(() => ID, { description: 'The milestone, which must be SUBMITTED.' })
  @IsUUID()
  milestoneId!: string;

  @Field(() => String, { nullable: true, description: 'An optional note, at most 2,000 characters.' })
  @IsOptional()
  @CleanText({ max: 2000, multiline: true })
  note?: string | null;
}

@InputType({ description: 'A manager returns submitted evidence, saying why.' })
export class ReturnMilestoneInput {
  @Field(() => ID, { description: 'The milestone, which must be SUBMITTED.' })
  @IsUUID()
  milestoneId!: string;

  @Field({ description: 'Why it is returned; not empty, at most 2,000 characters.' })
  @CleanText({ max: 2000, multiline: true })
  note!: string;
}

@ObjectType({ isAbstract: true })
abstract class MilestonePayload {
  @Field(() => Milestone, { nullable: true, description: 'The milestone after the change; null when userErrors say why nothing changed.' })
  milestone?: Milestone | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of addMilestone.' })
export class AddMilestonePayload extends MilestonePayload {}

@ObjectType({ description: 'Result of submitMilestoneEvidence.' })
export class SubmitMilestoneEvidencePayload extends MilestonePayload {}

@ObjectType({ description: 'Result of acceptMilestone.' })
export class AcceptMilestonePayload extends MilestonePayload {}

@ObjectType({ description: 'Result of returnMilestone.' })
export class ReturnMilestonePayload extends MilestonePayload {}
