import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}

@InputType()
export class ReactivateUserInput {
  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
