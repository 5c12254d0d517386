import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CARD_TYPE_MAX_LENGTH, COOPERATION_MODES, type CooperationMode } from '@suanli/domain';
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

  @Field(() => String, { nullable: true, description: 'The card type expected to be needed, e.g. "ascend-910b"; give it with cardCountEstimate.' })
  @IsOptional()
  @CleanText({ max: CARD_TYPE_MAX_LENGTH })
  cardType?: string | null;

  @Field(() => Int, { nullable: true, description: 'Roughly how many cards of cardType, 1–10,000; give it with cardType.' })
  @IsOptional()
  @IsInt()
  cardCountEstimate?: number | null;

  @Field(() => String, { nullable: true, description: 'The compute budget in integer fen (CNY), as a string of digits, e.g. "20000000" for ¥200,000.' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  budgetFen?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff apply on behalf of an organisation; founders omit it.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
