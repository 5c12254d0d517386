import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { COOPERATION_MODES, type CooperationMode } from '@suanli/domain';
import { CooperationModeEnum } from '../../common/graphql/domain-enums.js';

@InputType()
export class ApplyForProjectInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name!: string;

  @Field()
  @IsString()
  @MaxLength(5000)
  summary!: string;

  @Field(() => [CooperationModeEnum])
  @ArrayMinSize(1)
  @ArrayMaxSize(COOPERATION_MODES.length)
  @IsIn(COOPERATION_MODES, { each: true })
  cooperationModes!: CooperationMode[];

  @Field(() => String, { nullable: true, description: 'e.g. "CUDA/NVIDIA" (the default).' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  sourcePlatform?: string | null;

  @Field(() => ID, { nullable: true, description: 'Staff apply on behalf of an organisation; founders omit it.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}
