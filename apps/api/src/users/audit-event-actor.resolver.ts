import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEvent, type AuditEventEntity } from '../audit/index.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { User } from './models/user.model.js';

/** AuditEvent.actor: users add the field to the type audit owns. */
@Resolver(() => AuditEvent)
export class AuditEventActorResolver {
  @ResolveField(() => User, { nullable: true, description: 'The acting person, if a user and still on file.' })
  actor(@Parent() event: AuditEventEntity, @Context() ctx: RequestContext) {
    return event.actorKind === 'USER' && event.actorId ? ctx.loaders.userById.load(event.actorId) : null;
  }
}
