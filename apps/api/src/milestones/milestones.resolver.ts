import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, CurrentActor } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import {
  AcceptMilestoneInput,
  AcceptMilestonePayload,
  AddMilestoneInput,
  AddMilestonePayload,
  ReturnMilestoneInput,
  ReturnMilestonePayload,
  SubmitMilestoneEvidenceInput,
  SubmitMilestoneEvidencePayload,
} from './dto/milestone.inputs.js';
import { Milestone } from './models/milestone.model.js';
import { MilestonesService } from './services/milestones.service.js';

/** Root fields of milestones: each is a guard, then one service call. */
@Resolver(() => Milestone)
export class MilestonesResolver {
  constructor(@Inject(MilestonesService) private readonly milestones: MilestonesService) {}

  @Allow('MILESTONE_WRITE')
  @Mutation(() => AddMilestonePayload, { description: 'Set a milestone for a project: key, title, due date and the evidence asked for (managers and admins).' })
  addMilestone(@CurrentActor() actor: Actor, @Args('input', { description: 'The project and the milestone.' }) input: AddMilestoneInput) {
    return payloadOf(() => this.milestones.add(actor, input));
  }

  @Allow('MILESTONE_SUBMIT')
  @Mutation(() => SubmitMilestoneEvidencePayload, { description: 'Submit evidence for a PLANNED or RETURNED milestone (founders, for their own organisation’s projects).' })
  submitMilestoneEvidence(@CurrentActor() actor: Actor, @Args('input', { description: 'The milestone and the evidence.' }) input: SubmitMilestoneEvidenceInput) {
    return payloadOf(() => this.milestones.submit(actor, input));
  }

  @Allow('MILESTONE_WRITE')
  @Mutation(() => AcceptMilestonePayload, { description: 'Accept the submitted evidence of a milestone (managers and admins).' })
  acceptMilestone(@CurrentActor() actor: Actor, @Args('input', { description: 'The milestone and an optional note.' }) input: AcceptMilestoneInput) {
    return payloadOf(() => this.milestones.accept(actor, input));
  }

  @Allow('MILESTONE_WRITE')
  @Mutation(() => ReturnMilestonePayload, { description: 'Return the submitted evidence of a milestone with a note saying why (managers and admins).' })
  returnMilestone(@CurrentActor() actor: Actor, @Args('input', { description: 'The milestone and why it is returned.' }) input: ReturnMilestoneInput) {
    return payloadOf(() => this.milestones.returnEvidence(actor, input));
  }
}
