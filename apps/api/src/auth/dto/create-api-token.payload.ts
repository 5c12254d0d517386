import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { ApiToken } from '../models/api-token.model.js';

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { nullable: true, description: 'The secret, shown only this once.' })
  token?: string | null;

  @Field(() => ApiToken, { nullable: true })
  apiToken?: ApiToken | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
