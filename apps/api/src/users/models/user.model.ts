import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';

@ObjectType()
export class User {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => RoleEnum)
  role!: Role;

  organisationId!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while the account is deactivated (it cannot sign in).' })
  deactivatedAt!: Date | null;
}
