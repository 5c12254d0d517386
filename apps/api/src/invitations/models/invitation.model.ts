import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INVITATION_STATUSES, type InvitationStatus, type Role } from '@suanli/domain';
import { enumOf, RoleEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

export const MAIL_DELIVERIES = ['SENT', 'NOT_CONFIGURED', 'FAILED'] as const;
export const MailDeliveryEnum = enumOf(MAIL_DELIVERIES);
registerEnumType(MailDeliveryEnum, {
  name: 'MailDelivery',
  description: 'SENT: handed to the SMTP server. NOT_CONFIGURED: no SMTP on this server. FAILED: the SMTP server refused or was unreachable.',
});

@ObjectType({ description: 'An invitation to create an account in an organisation. The link itself is never readable again.' })
export class Invitation {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => InvitationStatusEnum)
  status!: InvitationStatus;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdAt!: Date;

  organisationId!: string;
}

@ObjectType()
export class InvitationConnection extends ConnectionType(Invitation, 'Invitation') {}

@ObjectType({ description: 'What the invitation page shows before the person sets a password: nothing else.' })
export class InvitationPreview {
  @Field()
  organisationName!: string;

  @Field()
  email!: string;

  @Field()
  expiresAt!: Date;
}
