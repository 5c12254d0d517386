import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';

@ObjectType({ description: 'Result of signOut.' })
export class SignOutPayload {
  @Field({ description: 'True once the session is revoked; its token is refused from now on.' })
  signedOut!: boolean;

  @Field(() => [UserError], { description: 'Always empty: signing out has no business rule to break.' })
  userErrors!: UserError[];
}
