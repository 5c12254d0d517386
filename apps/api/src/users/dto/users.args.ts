import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ROLES, type Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the email or the display name, any case.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true, description: 'Only accounts with this role.' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: 'Only accounts of this organisation.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only active accounts; false: only deactivated ones.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean | null;
}
