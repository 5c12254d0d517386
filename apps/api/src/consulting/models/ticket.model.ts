import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import type { LinkedKind, MessageVisibility, SlaTargetKind, TicketCategory, TicketPriority, TicketStatus } from '../ticket-rules.js';
import type { SlaState } from '@suanli/domain';
import { LinkedKindEnum, MessageVisibilityEnum, SlaStateEnum, SlaTargetKindEnum, TicketCategoryEnum, TicketPriorityEnum, TicketStatusEnum } from './consulting-enums.js';

@ObjectType({ description: 'A founder’s question to the centre’s policy consultants, under SLA.' })
export class Ticket {
  @Field(() => ID, { description: 'The ticket’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The organisation that asked.' })
  organisationId!: string;

  @Field(() => TicketCategoryEnum, { description: 'What it is about.' })
  category!: TicketCategory;

  @Field(() => TicketPriorityEnum, { description: 'How urgent; a breach raises it.' })
  priority!: TicketPriority;

  @Field({ description: 'The subject line.' })
  subject!: string;

  @Field(() => TicketStatusEnum, { description: 'Where it stands.' })
  status!: TicketStatus;

  @Field(() => ID, { nullable: true, description: 'The consultant it is assigned to; null while unassigned.' })
  assigneeId!: string | null;

  @Field(() => LinkedKindEnum, { nullable: true, description: 'The kind of object it is about, if any.' })
  linkedKind!: LinkedKind | null;

  @Field(() => ID, { nullable: true, description: 'The object it is about, if any (always the ticket organisation’s own).' })
  linkedId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a consultant first replied.' })
  firstResponseAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last resolved.' })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, { nullable: true, description: 'The founder’s satisfaction score 1–5; null until rated.' })
  satisfaction!: number | null;

  @Field(() => String, { nullable: true, description: 'The founder’s comment with the score.' })
  satisfactionComment!: string | null;

  @Field({ description: 'When it was opened.' })
  createdAt!: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt!: Date;

  openerId!: string;
}

@ObjectType({ description: 'A ticket connection.' })
export class TicketConnection extends ConnectionType(Ticket, 'Ticket') {}

@ObjectType({ description: 'One entry of a ticket’s thread.' })
export class TicketMessage {
  @Field(() => ID, { description: 'The message’s id.' })
  id!: string;

  @Field(() => MessageVisibilityEnum, { description: 'A public reply, or an internal note (staff only).' })
  visibility!: MessageVisibility;

  @Field({ description: 'The text.' })
  body!: string;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  authorId!: string;
  ticketId!: string;
}

@ObjectType({ description: 'A knowledge-base article linked under a ticket message.' })
export class TicketLinkedArticle {
  @Field(() => ID, { description: 'The article.' })
  articleId!: string;

  @Field({ description: 'Its address: /portal/help/<slug> for founders.' })
  slug!: string;

  @Field({ description: 'Its Chinese title (published version; the draft’s if never published).' })
  titleZh!: string;

  @Field({ description: 'Its English title.' })
  titleEn!: string;

  @Field({ description: 'Whether readers can open it now (founders only ever get published ones).' })
  published!: boolean;
}

@ObjectType({ description: 'A file attached to a ticket’s message.' })
export class TicketAttachment {
  @Field(() => ID, { description: 'The attachment’s id.' })
  id!: string;

  @Field(() => ID, { description: 'The message it belongs to.' })
  messageId!: string;

  @Field({ description: 'The file name as uploaded.' })
  fileName!: string;

  @Field({ description: 'The MIME type.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  sizeBytes!: number;

  @Field({ description: 'When it was attached.' })
  createdAt!: Date;
}

@ObjectType({ description: 'One SLA promise of a ticket and where it stands now, on the business calendar.' })
export class SlaTarget {
  @Field(() => SlaTargetKindEnum, { description: 'Which promise.' })
  kind!: SlaTargetKind;

  @Field(() => Int, { description: 'The target in business minutes.' })
  targetMinutes!: number;

  @Field(() => Int, { description: 'Business minutes used so far (pauses excluded).' })
  usedMinutes!: number;

  @Field(() => Int, { description: 'Business minutes left; zero or below once breached.' })
  minutesLeft!: number;

  @Field(() => Date, { nullable: true, description: 'When it falls due (or fell due) on the business calendar; null when met, or paused before it fell due.' })
  deadline!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When 80 % of it is used; null when met, or paused before then.' })
  warningAt!: Date | null;

  @Field(() => SlaStateEnum, { description: 'OK, WARNING, BREACHED, PAUSED or MET.' })
  state!: SlaState;

  @Field(() => Date, { nullable: true, description: 'When it was kept.' })
  metAt!: Date | null;
}

@ObjectType({ description: 'A breached SLA target, recorded: the priority raised and who was told.' })
export class TicketEscalation {
  @Field(() => ID, { description: 'The escalation’s id.' })
  id!: string;

  @Field(() => SlaTargetKindEnum, { description: 'The target breached.' })
  kind!: SlaTargetKind;

  @Field({ description: 'When it was escalated.' })
  at!: Date;

  @Field(() => TicketPriorityEnum, { description: 'Priority before.' })
  priorityBefore!: TicketPriority;

  @Field(() => TicketPriorityEnum, { description: 'Priority after.' })
  priorityAfter!: TicketPriority;

  @Field(() => Int, { description: 'How many people were told (the group lead and the managers).' })
  notifiedCount!: number;
}

@ObjectType({ description: 'One status a ticket moved to.' })
export class TicketStatusChange {
  @Field(() => TicketStatusEnum, { nullable: true, description: 'From (null when opened).' })
  fromStatus!: TicketStatus | null;

  @Field(() => TicketStatusEnum, { description: 'To.' })
  toStatus!: TicketStatus;

  @Field({ description: 'When.' })
  at!: Date;

  actorId!: string | null;
}

@ObjectType({ description: 'The consultants answering one category.' })
export class ConsultantGroup {
  @Field(() => ID, { description: 'The group’s id.' })
  id!: string;

  @Field({ description: 'The group’s name.' })
  name!: string;

  @Field(() => TicketCategoryEnum, { description: 'The category it answers.' })
  category!: TicketCategory;

  @Field(() => ID, { description: 'The lead, told of breaches and low scores.' })
  leadUserId!: string;
}

@ObjectType({ description: 'A consultant of a group.' })
export class ConsultantGroupMember {
  @Field(() => ID, { description: 'The consultant.' })
  userId!: string;

  @Field(() => Date, { nullable: true, description: 'When they were last assigned a ticket.' })
  lastAssignedAt!: Date | null;
}

@ObjectType({ description: 'The SLA targets for one category and priority, in business minutes.' })
export class SlaPolicy {
  @Field(() => TicketCategoryEnum, { description: 'The category.' })
  category!: TicketCategory;

  @Field(() => TicketPriorityEnum, { description: 'The priority.' })
  priority!: TicketPriority;

  @Field(() => Int, { description: 'First response target, business minutes.' })
  firstResponseMinutes!: number;

  @Field(() => Int, { description: 'Resolution target, business minutes.' })
  resolutionMinutes!: number;
}
