import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'Names the account to deactivate.' })
export class DeactivateUserInput {
  @Field(() => ID, { description: 'The account’s id.' })
  @IsUUID()
  userId!: string;
}

@InputType({ description: 'Names the account to reactivate.' })
export class ReactivateUserInput {
  @Field(() => ID, { description: 'The account’s id.' })
  @IsUUID()
  userId!: string;
}
