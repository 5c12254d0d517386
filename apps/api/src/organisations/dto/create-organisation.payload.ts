import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Organisation } from '../models/organisation.model.js';

@ObjectType()
export class CreateOrganisationPayload {
  @Field(() => Organisation, { nullable: true })
  organisation?: Organisation | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
