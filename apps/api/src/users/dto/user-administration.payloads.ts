import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../models/user.model.js';

@ObjectType({ description: 'Result of deactivateUser.' })
export class DeactivateUserPayload {
  @Field(() => User, { nullable: true, description: 'The account after the change; null when userErrors say why nothing changed.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of reactivateUser.' })
export class ReactivateUserPayload {
  @Field(() => User, { nullable: true, description: 'The account after the change; null when userErrors say why nothing changed.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of changeUserRole.' })
export class ChangeUserRolePayload {
  @Field(() => User, { nullable: true, description: 'The account after the change; null when userErrors say why nothing changed.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
