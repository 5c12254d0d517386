import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Role } from '@suanli/domain';
import { RoleEnum } from '../../common/graphql/domain-enums.js';

@ObjectType({ description: 'A person’s account.' })
export class User {
  @Field(() => ID, { description: 'The account’s id.' })
  id!: string;

  @Field({ description: 'Their email address, used to sign in.' })
  email!: string;

  @Field({ description: 'The name others see.' })
  displayName!: string;

  @Field(() => RoleEnum, { description: 'What they may do.' })
  role!: Role;

  organisationId!: string | null;

  @Field({ description: 'When the account was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Set while the account is deactivated (it cannot sign in).' })
  deactivatedAt!: Date | null;
}
