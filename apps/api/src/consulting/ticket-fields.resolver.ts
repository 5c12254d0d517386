import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { actorMay } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { KbArticle } from '../knowledge-base/index.js';
import { CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { ConsultantGroup, ConsultantGroupMember, SlaTarget, Ticket, TicketAttachment, TicketEscalation, TicketLinkedArticle, TicketMessage, TicketStatusChange } from './models/ticket.model.js';
import { TicketQueriesService } from './services/ticket-queries.service.js';
import { isFounderSide } from './services/ticket-access.js';

/** A ticket's thread, SLA panel and history, each read for the caller (founders get public entries only). */
@Resolver(() => Ticket)
export class TicketFieldsResolver {
  constructor(private readonly queries: TicketQueriesService) {}

  @ResolveField(() => [TicketMessage], { description: 'The thread, oldest first; founders see public replies only.' })
  messages(@Parent() ticket: Ticket, @CurrentActor() actor: Actor) {
    return this.queries.messages(actor, ticket.id);
  }

  @ResolveField(() => [TicketAttachment], { description: 'Files attached to the thread’s messages the caller may download: founders those of public replies; consultants of the category’s group and managers all.' })
  attachments(@Parent() ticket: Ticket, @CurrentActor() actor: Actor) {
    return this.queries.attachments(actor, ticket.id, ticket.category);
  }

  @ResolveField(() => [SlaTarget], { description: 'Every SLA target: deadline, time left and state now.' })
  slaTargets(@Parent() ticket: Ticket) {
    return this.queries.slaTargets(ticket.id);
  }

  @ResolveField(() => [TicketEscalation], { description: 'Breaches escalated (staff; empty for founders).' })
  async escalations(@Parent() ticket: Ticket, @CurrentActor() actor: Actor) {
    if (isFounderSide(actor)) return [];
    return (await this.queries.escalations(ticket.id)).map((e) => ({ ...e, notifiedCount: e.notifiedUserIds.length }));
  }

  @ResolveField(() => [TicketStatusChange], { description: 'Every status it moved to, oldest first.' })
  statusHistory(@Parent() ticket: Ticket) {
    return this.queries.history(ticket.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The assigned consultant’s name.' })
  assigneeName(@Parent() ticket: Ticket) {
    return this.queries.displayName(ticket.assigneeId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Who opened it.' })
  openerName(@Parent() ticket: Ticket) {
    return this.queries.displayName(ticket.openerId);
  }
}

@Resolver(() => TicketMessage)
export class TicketMessageFieldsResolver {
  constructor(private readonly queries: TicketQueriesService) {}

  @ResolveField(() => String, { nullable: true, description: 'Who wrote it.' })
  authorName(@Parent() message: TicketMessage) {
    return this.queries.displayName(message.authorId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller wrote it.' })
  mine(@Parent() message: TicketMessage, @CurrentActor() actor: Actor) {
    return message.authorId === actor.id;
  }

  @ResolveField(() => [TicketLinkedArticle], { description: 'Knowledge-base articles linked under it; founders get those published now.' })
  linkedArticles(@Parent() message: TicketMessage, @CurrentActor() actor: Actor) {
    return this.queries.linkedArticles(actor, message.id);
  }
}

/** KbArticle.linkedInReplies: consulting adds the count to the type the knowledge base owns. */
@Resolver(() => KbArticle)
export class KbArticleLinkFieldsResolver {
  @ResolveField(() => Int, { nullable: true, description: 'How many public ticket replies link it (staff with KB_WRITE; null for readers).' })
  linkedInReplies(@Parent() article: KbArticle, @CurrentActor() actor: Actor, @Context() ctx: RequestContext) {
    return actorMay(actor, 'KB_WRITE') ? ctx.loaders.articleLinkCount.load(article.id) : null;
  }
}

@Resolver(() => ConsultantGroup)
export class ConsultantGroupFieldsResolver {
  constructor(private readonly queries: TicketQueriesService) {}

  @ResolveField(() => [ConsultantGroupMember], { description: 'The consultants who take its tickets.' })
  members(@Parent() group: ConsultantGroup) {
    return this.queries.members(group.id);
  }

  @ResolveField(() => String, { nullable: true, description: 'The lead’s name.' })
  leadName(@Parent() group: ConsultantGroup) {
    return this.queries.displayName(group.leadUserId);
  }
}

@Resolver(() => ConsultantGroupMember)
export class ConsultantGroupMemberFieldsResolver {
  constructor(private readonly queries: TicketQueriesService) {}

  @ResolveField(() => String, { nullable: true, description: 'The consultant’s name.' })
  displayName(@Parent() member: ConsultantGroupMember) {
    return this.queries.displayName(member.userId);
  }
}
