import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../../common/access/access.decorators.js';
import type { Actor } from '../../common/access/actor.js';
import { payloadOf } from '../../common/graphql/user-error.model.js';
import { AllocationRequest } from '../models/allocation-request.model.js';
import { UrgentBudget } from '../models/organisation-scheduling.model.js';
import {
  ApproveUrgentRequestPayload,
  AwaitingApprovalArgs,
  DeclineUrgentRequestPayload,
  UrgentBudgetArgs,
  UrgentRequestDecisionInput,
} from './urgency.inputs.js';
import { UrgencyService } from './urgency.service.js';

/** Founders' URGENT requests: the budget they may use alone, and managers' approvals. */
@Resolver()
export class UrgencyResolver {
  constructor(@Inject(UrgencyService) private readonly urgency: UrgencyService) {}

  @Allow('ALLOCATION_REQUEST')
  @Query(() => UrgentBudget, { nullable: true, description: 'Urgent card-hours of this month: founders their own, staff any organisation’s.' })
  urgentBudget(@CurrentActor() actor: Actor, @Args() args: UrgentBudgetArgs) {
    return this.urgency.budgetFor(actor, args.organisationId ?? null);
  }

  @Allow('SCHEDULING_WRITE')
  @Query(() => [AllocationRequest], { description: 'Founders’ URGENT requests waiting for a manager’s decision, oldest first. Managers and admins.' })
  urgentRequestsAwaitingApproval(@Args() args: AwaitingApprovalArgs) {
    return this.urgency.awaitingApproval(args.first);
  }

  @Allow('SCHEDULING_WRITE')
  @Mutation(() => ApproveUrgentRequestPayload, { description: 'Let a waiting URGENT request be scheduled as URGENT (it may then preempt). Managers and admins.' })
  approveUrgentRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The request to approve.' }) input: UrgentRequestDecisionInput) {
    return payloadOf(() => this.urgency.approve(actor, input.id));
  }

  @Allow('SCHEDULING_WRITE')
  @Mutation(() => DeclineUrgentRequestPayload, { description: 'Schedule a requested URGENT at STANDARD; the notices it caused are withdrawn. Managers and admins.' })
  declineUrgentRequest(@CurrentActor() actor: Actor, @Args('input', { description: 'The request to decline.' }) input: UrgentRequestDecisionInput) {
    return payloadOf(() => this.urgency.decline(actor, input.id));
  }
}
