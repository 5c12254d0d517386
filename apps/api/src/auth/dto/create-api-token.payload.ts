import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { ApiToken } from '../models/api-token.model.js';

@ObjectType({ description: 'Result of createApiToken.' })
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The secret, shown only this once.' })
  token?: string | null;

  @Field(() => ApiToken, { nullable: true, description: 'The new token’s record; null when userErrors say why none was made.' })
  apiToken?: ApiToken | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
