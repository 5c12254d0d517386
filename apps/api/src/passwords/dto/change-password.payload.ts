import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../../users/index.js';

@ObjectType({ description: 'Result of changePassword.' })
export class ChangePasswordPayload {
  @Field(() => User, { nullable: true, description: 'The signed-in person; null when userErrors say why the password was kept.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
