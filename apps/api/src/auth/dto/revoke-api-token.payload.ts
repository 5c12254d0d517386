import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { ApiToken } from '../models/api-token.model.js';

@ObjectType({ description: 'Result of revokeApiToken.' })
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true, description: 'The token, now revoked; null when userErrors say why not.' })
  apiToken?: ApiToken | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
