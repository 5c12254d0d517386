import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../../users/index.js';

@ObjectType()
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'A session JWT to send as "Authorization: Bearer …".' })
  token?: string | null;

  @Field(() => User, { nullable: true })
  user?: User | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
