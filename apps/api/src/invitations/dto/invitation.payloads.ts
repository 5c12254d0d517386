import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../../users/index.js';
import { Invitation, MailDeliveryEnum } from '../models/invitation.model.js';
import type { MailDelivery } from '../../mail/index.js';

@ObjectType()
export class InviteUserPayload {
  @Field(() => Invitation, { nullable: true })
  invitation?: Invitation | null;

  @Field(() => MailDeliveryEnum, { nullable: true })
  mailDelivery?: MailDelivery | null;

  @Field(() => String, {
    nullable: true,
    description: 'The link, for the inviter to pass on, only when no mail went out (no SMTP configured, or it failed).',
  })
  inviteUrl?: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class RevokeInvitationPayload {
  @Field(() => Invitation, { nullable: true })
  invitation?: Invitation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class AcceptInvitationPayload {
  @Field(() => User, { nullable: true, description: 'The new account; sign in with its email and the password just set.' })
  user?: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
