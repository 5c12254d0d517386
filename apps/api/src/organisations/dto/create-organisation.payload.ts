import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { Organisation } from '../models/organisation.model.js';

@ObjectType({ description: 'Result of createOrganisation.' })
export class CreateOrganisationPayload {
  @Field(() => Organisation, { nullable: true, description: 'The new organisation; null when userErrors say why none was made.' })
  organisation?: Organisation | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
