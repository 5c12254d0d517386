import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../../common/graphql/user-error.model.js';
import { CapTable } from '../models/cap-table.model.js';

@ObjectType({ description: 'Result of a change to a cap table.' })
export class CapTablePayload {
  @Field(() => CapTable, { nullable: true, description: 'The cap table after the change; null when userErrors say why nothing changed.' })
  capTable?: CapTable | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
