import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { UuidArgs } from '../common/graphql/uuid.args.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import {
  AssignTicketsInput, AttachToTicketMessageInput, ChangeTicketStatusInput, OpenTicketInput, PostTicketMessageInput, RateTicketInput, TicketsArgs,
} from './dto/ticket.inputs.js';
import { AssignTicketsPayload, TicketAttachmentPayload, TicketMessagePayload, TicketPayload } from './dto/ticket.payloads.js';
import { Ticket, TicketConnection } from './models/ticket.model.js';
import { TicketQueriesService } from './services/ticket-queries.service.js';
import { TicketsService } from './services/tickets.service.js';

/** Root fields of consulting tickets: a guard, then one service call. */
@Resolver(() => Ticket)
export class TicketsResolver {
  constructor(
    private readonly commands: TicketsService,
    private readonly queries: TicketQueriesService,
    private readonly attachments: AttachmentsService,
  ) {}

  @Allow('TICKET_WRITE')
  @Query(() => Ticket, { nullable: true, description: 'One ticket; null when it does not exist or is another organisation’s.' })
  ticket(@CurrentActor() actor: Actor, @Args() args: UuidArgs) {
    return this.queries.ticket(actor, args.id);
  }

  @Allow('TICKET_WRITE')
  @Query(() => TicketConnection, { description: 'Founders: their organisation’s tickets, newest first. Staff: the queue, soonest SLA breach first (consultants: their own; managers: every queue unless mine).' })
  tickets(@CurrentActor() actor: Actor, @Args() args: TicketsArgs) {
    return this.queries.tickets(actor, args);
  }

  @Allow('TICKET_WRITE')
  @Mutation(() => TicketPayload, { description: 'Open a ticket for one’s own organisation (founders); it is assigned to the least-loaded consultant of the category’s group and its SLA clock starts.' })
  openTicket(@CurrentActor() actor: Actor, @Args('input', { description: 'The question.' }) input: OpenTicketInput) {
    return payloadOf(async () => ({ ticket: await this.commands.open(actor, input) }));
  }

  @Allow('TICKET_WRITE')
  @Mutation(() => TicketMessagePayload, { description: 'A public reply on a ticket: founders on their own, consultants of the group and managers on any. A staff reply waits for the customer; a founder’s reopens the work. Published knowledge-base articles may be linked under it.' })
  replyToTicket(@CurrentActor() actor: Actor, @Args('input', { description: 'The ticket and the reply.' }) input: PostTicketMessageInput) {
    return payloadOf(() => this.commands.post(actor, input.ticketId, input.body, 'PUBLIC', input.articleIds));
  }

  @Allow('TICKET_WORK')
  @Mutation(() => TicketMessagePayload, { description: 'An internal note on a ticket: staff of the group only; founders never see it.' })
  addTicketNote(@CurrentActor() actor: Actor, @Args('input', { description: 'The ticket and the note.' }) input: PostTicketMessageInput) {
    return payloadOf(() => this.commands.post(actor, input.ticketId, input.body, 'INTERNAL', input.articleIds));
  }

  @Allow('TICKET_WRITE')
  @Mutation(() => TicketPayload, { description: 'Move a ticket: founders resolve, close or reopen (within the reopen window) their own; staff of the group any allowed move.' })
  changeTicketStatus(@CurrentActor() actor: Actor, @Args('input', { description: 'The ticket and its new status.' }) input: ChangeTicketStatusInput) {
    return payloadOf(async () => ({ ticket: await this.commands.changeStatus(actor, input.ticketId, input.status) }));
  }

  @Allow('TICKET_WRITE')
  @Mutation(() => TicketPayload, { description: 'Rate a resolved ticket 1–5 (founders, once); 2 or below opens a review task for the group lead.' })
  rateTicket(@CurrentActor() actor: Actor, @Args('input', { description: 'The ticket, score and comment.' }) input: RateTicketInput) {
    return payloadOf(async () => ({ ticket: await this.commands.rate(actor, input.ticketId, input.score, input.comment ?? null) }));
  }

  @Allow('TICKET_WORK')
  @Mutation(() => AssignTicketsPayload, { description: 'Assign or reassign tickets, in bulk, to one consultant of their group (managers, or the group’s lead); all or none.' })
  assignTickets(@CurrentActor() actor: Actor, @Args('input', { description: 'The tickets and the consultant.' }) input: AssignTicketsInput) {
    return payloadOf(async () => ({ tickets: await this.commands.assign(actor, input.ticketIds, input.assigneeId) }));
  }

  @Allow('TICKET_WRITE')
  @Mutation(() => TicketAttachmentPayload, { description: 'Attach a file (at most 512 KiB; PDF, images, text, CSV, Word, Excel, zip) to a message of one’s own.' })
  attachToTicketMessage(@CurrentActor() actor: Actor, @Args('input', { description: 'The message and the file.' }) input: AttachToTicketMessageInput) {
    return payloadOf(async () => ({ attachment: await this.attachments.attach(actor, input) }));
  }
}
