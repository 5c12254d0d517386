import { Field, ObjectType } from '@nestjs/graphql';
import { UserError } from '../../common/graphql/user-error.model.js';
import { TermSheet } from '../models/term-sheet.model.js';

@ObjectType({ description: 'Result of a change to a term sheet.' })
export class TermSheetPayload {
  @Field(() => TermSheet, { nullable: true, description: 'The term sheet after the change; null when userErrors say why nothing changed.' })
  termSheet?: TermSheet | null;

  @Field(() => [UserError], { description: 'Business rules the input broke; empty when the mutation succeeded.' })
  userErrors!: UserError[];
}
