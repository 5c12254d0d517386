import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { ConsultantGroup, SlaPolicy, Ticket, TicketAttachment, TicketMessage } from '../models/ticket.model.js';

@ObjectType({ description: 'The ticket after the change, or why nothing changed.' })
export class TicketPayload {
  @Field(() => Ticket, { nullable: true, description: 'The ticket; null when nothing changed.' })
  ticket?: Ticket | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The new message and its ticket, or why nothing changed.' })
export class TicketMessagePayload {
  @Field(() => Ticket, { nullable: true, description: 'The ticket after the message.' })
  ticket?: Ticket | null;

  @Field(() => TicketMessage, { nullable: true, description: 'The message written.' })
  message?: TicketMessage | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The tickets assigned, or why none was.' })
export class AssignTicketsPayload {
  @Field(() => [Ticket], { nullable: true, description: 'The tickets after assignment.' })
  tickets?: Ticket[] | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The attachment stored, or why not.' })
export class TicketAttachmentPayload {
  @Field(() => TicketAttachment, { nullable: true, description: 'The attachment.' })
  attachment?: TicketAttachment | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The group after the change, or why nothing changed.' })
export class ConsultantGroupPayload {
  @Field(() => ConsultantGroup, { nullable: true, description: 'The group.' })
  group?: ConsultantGroup | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The SLA policy after the change, or why nothing changed.' })
export class SlaPolicyPayload {
  @Field(() => SlaPolicy, { nullable: true, description: 'The policy.' })
  policy?: SlaPolicy | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
