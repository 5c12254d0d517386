import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsUUID } from 'class-validator';
import { COOPERATION_MODES, type CooperationMode } from '@suanli/domain';
import { CooperationModeEnum } from '../../common/graphql/domain-enums.js';
import { CleanText } from '../../common/validation/clean-text.decorator.js';

@InputType({ description: 'An application for incubation.' })
export class ApplyForProjectInput {
  @Field({ description: 'The project’s name, 2–120 characters, unique within the organisation.' })
  @CleanText({ min: 2, max: 120 })
  name!: string;

  @Field({ description: 'What the project does and needs, up to 5000 characters.' })
  @CleanText({ max: 5000, multiline: true })
  summary!: string;

  @Field(() => [CooperationModeEnum], { description: 'One or more ways to work with the centre.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(COOPERATION_MODES.length)
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationModes!: CooperationMode[];

  @Field(() => String, { nullable: true, description: 'e.g. "CUDA/NVIDIA" (the default).' })
  @IsOptional()
  @CleanText({ max: 60 })
  sourcePlatform?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff apply on behalf of an organisation; founders omit it.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
