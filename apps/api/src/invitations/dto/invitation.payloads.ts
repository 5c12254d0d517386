import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../../users/index.js';
import { Invitation, MailDeliveryEnum } from '../models/invitation.model.js';
import type { MailDelivery } from '../../mail/index.js';

@ObjectType({ description: 'Result of inviteUser.' })
export class InviteUserPayload {
  @Field(() => Invitation, { nullable: true, description: 'The new invitation; null when userErrors say why none was made.' })
  invitation?: Invitation | null;

  @Field(() => MailDeliveryEnum, { nullable: true, description: 'Whether the invitation mail went out; null when no invitation was made.' })
  mailDelivery?: MailDelivery | null;

  @Field(() => String, {
    nullable: true,
    description: 'The link, for the inviter to pass on, only when no mail went out (no SMTP configured, or it failed).',
  })
  inviteUrl?: string | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of revokeInvitation.' })
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true, description: 'The invitation, now revoked; null when userErrors say why not.' })
  invitation?: Invitation | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of acceptInvitation.' })
export class AcceptInvitationPayload {
  @Field(() => User, { nullable: true, description: 'The new account; sign in with its email and the password just set.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
