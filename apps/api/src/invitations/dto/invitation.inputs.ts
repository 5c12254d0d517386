import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@InputType({ description: 'Whom to invite, into which organisation, with which role.' })
export class InviteUserInput {
  @Field({ description: 'Where the invitation link is sent; no account may have it yet.' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field(() => ID, { description: 'The organisation the new account joins.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;

  @Field(() => RoleEnum, { nullable: true, description: 'FOUNDER when omitted. Only admins invite staff roles.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;
}

@InputType({ description: 'Names one invitation.' })
export class RevokeInvitationInput {
  @Field(() => ID, { description: 'The invitation’s id.' })
  @IsUUID('all', { message: 'invitationId must be a UUID' })
  invitationId!: string;
}

@InputType({ description: 'What the invited person sets to create the account.' })
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field({ description: 'The name others see, e.g. "王磊".' })
  @IsString()
  @MaxLength(200)
  displayName!: string;

  @Field({ description: 'At least 10 characters and hard to guess (zxcvbn score ≥ 3).' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

@ArgsType()
export class InvitationsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The organisation whose invitations to list.' })
  @IsUUID('all', { message: 'organisationId must be a UUID' })
  organisationId!: string;
}

@ArgsType()
export class InvitationTokenArgs {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token!: string;
}
