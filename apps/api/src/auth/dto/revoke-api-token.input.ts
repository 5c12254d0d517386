import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Names one integration token.' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'The token’s id.' })
  @IsUUID()
  id!: string;
}
