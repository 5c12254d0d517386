import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { ApiToken } from '../models/api-token.model.js';

@ObjectType()
export class RevokeApiTokenPayload {
  @Field(() => ApiToken, { nullable: true })
  apiToken?: ApiToken | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
