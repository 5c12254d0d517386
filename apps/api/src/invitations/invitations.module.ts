import { Module } from '@nestjs/common';
import { InvitationsResolver } from './invitations.resolver.js';
import { AcceptInvitationService } from './services/accept-invitation.service.js';
import { InvitationsService } from './services/invitations.service.js';
import { InviteUserService } from './services/invite-user.service.js';

@Module({ providers: [InviteUserService, InvitationsService, AcceptInvitationService, InvitationsResolver] })
export class InvitationsModule {}
