import { Field, ID, ObjectType } from '@nestjs/graphql';
import { INVITATION_STATUSES, type InvitationStatus, type Role } from '@suanli/domain';
import { enumOf, registerDescribedEnum, RoleEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerDescribedEnum(InvitationStatusEnum, 'InvitationStatus', 'Where an invitation stands.', {
  PENDING: 'Sent, and the link still works.',
  ACCEPTED: 'The account was created with it.',
  EXPIRED: 'Not accepted before expiresAt.',
  REVOKED: 'Withdrawn before it was accepted.',
});

export const MAIL_DELIVERIES = ['SENT', 'NOT_CONFIGURED', 'FAILED'] as const;
export const MailDeliveryEnum = enumOf(MAIL_DELIVERIES);
registerDescribedEnum(MailDeliveryEnum, 'MailDelivery', 'Whether the invitation mail went out.', {
  SENT: 'Handed to the SMTP server.',
  NOT_CONFIGURED: 'No SMTP on this server: pass on inviteUrl yourself.',
  FAILED: 'The SMTP server refused or was unreachable: pass on inviteUrl yourself.',
});

@ObjectType({ description: 'An invitation to create an account in an organisation. The link itself is never readable again.' })
export class Invitation {
  @Field(() => ID, { description: 'The invitation’s id.' })
  id!: string;

  @Field({ description: 'Whom it was sent to.' })
  email!: string;

  @Field(() => RoleEnum, { description: 'The role the new account gets.' })
  role!: Role;

  @Field(() => InvitationStatusEnum, { description: 'Where the invitation stands now.' })
  status!: InvitationStatus;

  @Field({ description: 'When the link stops working.' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the account was created; null until then.' })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was withdrawn; null unless revoked.' })
  revokedAt!: Date | null;

  @Field({ description: 'When it was sent.' })
  createdAt!: Date;

  organisationId!: string;
}

@ObjectType({ description: 'One page of invitations (Relay connection).' })
export class InvitationConnection extends ConnectionType(Invitation, 'Invitation') {}

@ObjectType({ description: 'What the invitation page shows before the person sets a password: nothing else.' })
export class InvitationPreview {
  @Field({ description: 'The organisation the account will join.' })
  organisationName!: string;

  @Field({ description: 'The email the account will have.' })
  email!: string;

  @Field({ description: 'When the link stops working.' })
  expiresAt!: Date;
}
