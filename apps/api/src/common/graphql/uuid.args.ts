import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class UuidArgs {
  @Field(() => ID, { description: 'The id (a UUID) to look up.' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}
