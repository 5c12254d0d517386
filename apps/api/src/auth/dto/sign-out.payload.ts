import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';

@ObjectType()
export class SignOutPayload {
  @Field({ description: 'True once the session is revoked; its token is refused from now on.' })
  signedOut!: boolean;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
