import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { User } from '../../users/index.js';

@ObjectType({ description: 'Result of signIn.' })
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'A session JWT to send as "Authorization: Bearer …".' })
  token?: string | null;

  @Field(() => User, { nullable: true, description: 'The signed-in person; null when the credentials were refused.' })
  user?: User | null;

  @Field(() => [UserError], { description: 'INVALID_CREDENTIALS when the email or password is wrong; empty on success.' })
  userErrors!: UserError[];
}
