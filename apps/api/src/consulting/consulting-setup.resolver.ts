import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../common/access/access.decorators.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { SetConsultantGroupInput, SetSlaPolicyInput } from './dto/ticket.inputs.js';
import { ConsultantGroupPayload, SlaPolicyPayload } from './dto/ticket.payloads.js';
import { ConsultantGroup, SlaPolicy } from './models/ticket.model.js';
import { ConsultingSetupService } from './services/consulting-setup.service.js';
import { TicketQueriesService } from './services/ticket-queries.service.js';

/** Managers' set-up of consulting: groups per category and the SLA policy table. */
@Resolver(() => ConsultantGroup)
export class ConsultingSetupResolver {
  constructor(
    private readonly setup: ConsultingSetupService,
    private readonly queries: TicketQueriesService,
  ) {}

  @Allow('TICKET_WORK')
  @Query(() => [ConsultantGroup], { description: 'The consultant groups, by category.' })
  consultantGroups() {
    return this.queries.groups();
  }

  @Allow('TICKET_WORK')
  @Query(() => [SlaPolicy], { description: 'The SLA policy table: targets per category and priority, in business minutes.' })
  slaPolicies() {
    return this.setup.policies();
  }

  @Allow('CONSULTING_MANAGE')
  @Mutation(() => ConsultantGroupPayload, { description: 'Set the consultant group of a category: name, lead and members (replaced).' })
  setConsultantGroup(@Args('input', { description: 'The category’s group.' }) input: SetConsultantGroupInput) {
    return payloadOf(async () => ({ group: await this.setup.setGroup(input) }));
  }

  @Allow('CONSULTING_MANAGE')
  @Mutation(() => SlaPolicyPayload, { description: 'Set the SLA targets of a category and priority; applies to tickets opened afterwards.' })
  setSlaPolicy(@Args('input', { description: 'The targets.' }) input: SetSlaPolicyInput) {
    return payloadOf(async () => ({ policy: await this.setup.setPolicy(input.category, input.priority, input.firstResponseMinutes, input.resolutionMinutes) }));
  }
}
