import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEvent, type AuditEventEntity } from '../audit/index.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { Organisation } from './models/organisation.model.js';

/** AuditEvent.organisation: organisations add the field to the type audit owns. */
@Resolver(() => AuditEvent)
export class AuditEventOrganisationResolver {
  @ResolveField(() => Organisation, { nullable: true, description: 'The organisation the event concerns, if any.' })
  organisation(@Parent() event: AuditEventEntity, @Context() ctx: RequestContext) {
    return event.organisationId ? ctx.loaders.organisationById.load(event.organisationId) : null;
  }
}
