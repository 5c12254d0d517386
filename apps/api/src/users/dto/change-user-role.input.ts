import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';

@InputType({ description: 'A person’s new role and organisation.' })
export class ChangeUserRoleInput {
  @Field(() => ID, { description: 'The account to change.' })
  @IsUUID()
  userId!: string;

  @Field(() => RoleEnum, { description: 'The new role; INTEGRATION is for tokens, not people.' })
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for FOUNDER (a customer organisation); staff usually belong to the centre’s.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
