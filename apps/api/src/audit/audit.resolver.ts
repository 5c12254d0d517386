import { Inject } from '@nestjs/common';
import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/access.decorators.js';
import { AuditService } from './audit.service.js';
import { AuditEventsArgs } from './dto/audit-events.args.js';
import type { AuditEventEntity } from './entities/audit-event.entity.js';
import { AuditEvent, AuditEventConnection } from './models/audit-event.model.js';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Allow('AUDIT_READ')
  @Query(() => AuditEventConnection, { description: 'The audit log, newest first (admins).' })
  auditEvents(@Args() args: AuditEventsArgs) {
    return this.audit.list(args);
  }

  @ResolveField(() => String, { description: 'Facts recorded with the event, as a JSON object.' })
  detailsJson(@Parent() event: AuditEventEntity) {
    return JSON.stringify(event.details ?? {});
  }
}
