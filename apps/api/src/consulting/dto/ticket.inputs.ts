import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';
import {
  LINKED_KINDS, TICKET_CATEGORIES, TICKET_PRIORITIES, TICKET_STATUSES,
  type LinkedKind, type TicketCategory, type TicketPriority, type TicketStatus,
} from '../ticket-rules.js';
import { LinkedKindEnum, TicketCategoryEnum, TicketPriorityEnum, TicketStatusEnum } from '../models/consulting-enums.js';

@InputType({ description: 'A founder’s new question.' })
export class OpenTicketInput {
  @Field(() => TicketCategoryEnum, { description: 'What it is about.' })
  @IsIn(TICKET_CATEGORIES)
  category!: TicketCategory;

  @Field(() => TicketPriorityEnum, { defaultValue: 'NORMAL', description: 'How urgent.' })
  @IsIn(TICKET_PRIORITIES)
  priority!: TicketPriority;

  @Field({ description: 'The subject; not empty, at most 200 characters.' })
  @CleanText({ max: 200 })
  subject!: string;

  @Field({ description: 'The question; not empty, at most 10,000 characters.' })
  @CleanText({ max: 10_000, multiline: true })
  body!: string;

  @Field(() => LinkedKindEnum, { nullable: true, description: 'The kind of object it is about (with linkedId).' })
  @IsOptional()
  @IsIn(LINKED_KINDS)
  linkedKind?: LinkedKind | null;

  @Field(() => ID, { nullable: true, description: 'The object it is about; must be the founder’s organisation’s.' })
  @IsOptional()
  @IsUUID()
  linkedId?: string | null;
}

@InputType({ description: 'A message on a ticket.' })
export class PostTicketMessageInput {
  @Field(() => ID, { description: 'The ticket.' })
  @IsUUID()
  ticketId!: string;

  @Field({ description: 'The text; not empty, at most 10,000 characters.' })
  @CleanText({ max: 10_000, multiline: true })
  body!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Knowledge-base articles to link under the message, at most 10; each must be published (else ARTICLE_NOT_PUBLISHED and nothing is written).' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(10)
  articleIds!: string[];
}

@InputType({ description: 'A status move of a ticket.' })
export class ChangeTicketStatusInput {
  @Field(() => ID, { description: 'The ticket.' })
  @IsUUID()
  ticketId!: string;

  @Field(() => TicketStatusEnum, { description: 'The new status. Founders: RESOLVED, CLOSED, or OPEN to reopen.' })
  @IsIn(TICKET_STATUSES)
  status!: TicketStatus;
}

@InputType({ description: 'The founder’s satisfaction with a resolved ticket.' })
export class RateTicketInput {
  @Field(() => ID, { description: 'The ticket (RESOLVED or CLOSED, not rated yet).' })
  @IsUUID()
  ticketId!: string;

  @Field(() => Int, { description: 'The score, 1 (poor) to 5 (excellent).' })
  @IsInt()
  score!: number;

  @Field(() => String, { nullable: true, description: 'An optional comment, at most 2,000 characters.' })
  @IsOptional()
  @CleanText({ max: 2000, multiline: true })
  comment?: string | null;
}

@InputType({ description: 'Assign tickets to one consultant (managers, or the group’s lead).' })
export class AssignTicketsInput {
  @Field(() => [ID], { description: 'The tickets, 1 to 100.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  ticketIds!: string[];

  @Field(() => ID, { description: 'The consultant; must be in the group of each ticket’s category.' })
  @IsUUID()
  assigneeId!: string;
}

@InputType({ description: 'A file for a message of one’s own, base64-encoded.' })
export class AttachToTicketMessageInput {
  @Field(() => ID, { description: 'The message (written by the caller).' })
  @IsUUID()
  messageId!: string;

  @Field({ description: 'The file name with its extension.' })
  @CleanText({ min: 1, max: 200 })
  fileName!: string;

  @Field({ description: 'The MIME type (application/pdf, image/png, …).' })
  @IsString()
  @MaxLength(120)
  contentType!: string;

  @Field({ description: 'The bytes, base64; at most 512 KiB decoded.' })
  @IsString()
  @MaxLength(800_000)
  contentBase64!: string;
}

@InputType({ description: 'The consultant group of a category (replaces its members).' })
export class SetConsultantGroupInput {
  @Field(() => TicketCategoryEnum, { description: 'The category.' })
  @IsIn(TICKET_CATEGORIES)
  category!: TicketCategory;

  @Field({ description: 'The group’s name.' })
  @CleanText({ min: 1, max: 100 })
  name!: string;

  @Field(() => ID, { description: 'The lead (a consultant or manager).' })
  @IsUUID()
  leadUserId!: string;

  @Field(() => [ID], { description: 'The consultants who take its tickets.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(100)
  memberIds!: string[];
}

@InputType({ description: 'The SLA targets of one category and priority.' })
export class SetSlaPolicyInput {
  @Field(() => TicketCategoryEnum, { description: 'The category.' })
  @IsIn(TICKET_CATEGORIES)
  category!: TicketCategory;

  @Field(() => TicketPriorityEnum, { description: 'The priority.' })
  @IsIn(TICKET_PRIORITIES)
  priority!: TicketPriority;

  @Field(() => Int, { description: 'First response target, business minutes above zero.' })
  @IsInt()
  firstResponseMinutes!: number;

  @Field(() => Int, { description: 'Resolution target, business minutes above zero.' })
  @IsInt()
  resolutionMinutes!: number;
}

@ArgsType()
export class TicketsArgs extends ConnectionArgs {
  @Field(() => [TicketStatusEnum], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsIn(TICKET_STATUSES, { each: true })
  status?: TicketStatus[] | null;

  @Field(() => [TicketCategoryEnum], { nullable: true, description: 'Only these categories.' })
  @IsOptional()
  @IsIn(TICKET_CATEGORIES, { each: true })
  category?: TicketCategory[] | null;

  @Field(() => [TicketPriorityEnum], { nullable: true, description: 'Only these priorities.' })
  @IsOptional()
  @IsIn(TICKET_PRIORITIES, { each: true })
  priority?: TicketPriority[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only breached (true) or never breached (false) tickets.' })
  @IsOptional()
  @IsBoolean()
  breached?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Staff: only tickets assigned to me (default for consultants; managers see every queue unless true).' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean | null;
}
