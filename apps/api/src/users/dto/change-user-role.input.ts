import { Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ROLES, type Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';

@InputType()
export class ChangeUserRoleInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for FOUNDER (a customer organisation); staff usually belong to the centre’s.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
