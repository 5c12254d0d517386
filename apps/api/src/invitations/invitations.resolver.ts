import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { invitationStatus } from '@suanli/domain';
import { Allow, CurrentActor, Public } from '../common/access/access.decorators.js';
import type { Actor } from '../common/access/actor.js';
import type { RequestContext } from '../common/graphql/request-context.js';
import { payloadOf } from '../common/graphql/user-error.model.js';
import { Organisation } from '../organisations/index.js';
import { AcceptInvitationInput, InvitationsArgs, InvitationTokenArgs, InviteUserInput, RevokeInvitationInput } from './dto/invitation.inputs.js';
import { AcceptInvitationPayload, InviteUserPayload, RevokeInvitationPayload } from './dto/invitation.payloads.js';
import type { InvitationEntity } from './entities/invitation.entity.js';
import { Invitation, InvitationConnection, InvitationPreview, InvitationStatusEnum } from './models/invitation.model.js';
import { AcceptInvitationService } from './services/accept-invitation.service.js';
import { InvitationsService } from './services/invitations.service.js';
import { InviteUserService } from './services/invite-user.service.js';

const ipOf = (ctx: RequestContext) => ctx.request?.ip ?? null;

@Resolver(() => Invitation)
export class InvitationsResolver {
  constructor(
    @Inject(InviteUserService) private readonly inviting: InviteUserService,
    @Inject(InvitationsService) private readonly invitationsService: InvitationsService,
    @Inject(AcceptInvitationService) private readonly accepting: AcceptInvitationService,
  ) {}

  @Allow('INVITATION_WRITE')
  @Mutation(() => InviteUserPayload, {
    description: 'Invite a person by email: managers invite founders into any organisation, admins any role, founders colleagues into their own.',
  })
  inviteUser(@CurrentActor() actor: Actor, @Args('input', { description: 'Whom to invite and where.' }) input: InviteUserInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.inviting.invite(actor, input, ipOf(ctx)));
  }

  @Allow('INVITATION_WRITE')
  @Mutation(() => RevokeInvitationPayload, { description: 'Withdraw an invitation that has not been accepted.' })
  revokeInvitation(@CurrentActor() actor: Actor, @Args('input', { description: 'The invitation to withdraw.' }) input: RevokeInvitationInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.invitationsService.revoke(actor, input.invitationId, ipOf(ctx)));
  }

  @Allow('INVITATION_READ')
  @Query(() => InvitationConnection, { description: 'An organisation’s invitations, oldest first (staff; founders their own).' })
  invitations(@CurrentActor() actor: Actor, @Args() args: InvitationsArgs) {
    return this.invitationsService.list(actor, args.organisationId, args);
  }

  @Public()
  @Query(() => InvitationPreview, { nullable: true, description: 'What an invitation link is for; null unless it can still be accepted.' })
  invitation(@Args() { token }: InvitationTokenArgs) {
    return this.accepting.preview(token);
  }

  @Public()
  @Mutation(() => AcceptInvitationPayload, { description: 'Create the invited account with a name and password; the link then stops working.' })
  acceptInvitation(@Args('input', { description: 'The token from the link, a display name and a password.' }) input: AcceptInvitationInput, @Context() ctx: RequestContext) {
    return payloadOf(() => this.accepting.accept(input, ipOf(ctx)));
  }

  @ResolveField(() => InvitationStatusEnum)
  status(@Parent() invitation: InvitationEntity) {
    return invitationStatus(invitation);
  }

  @ResolveField(() => Organisation, { description: 'The organisation the new account joins.' })
  organisation(@Parent() invitation: InvitationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.organisationById.load(invitation.organisationId);
  }
}
