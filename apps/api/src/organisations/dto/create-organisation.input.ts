import { Field, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INDUSTRIES, ORGANISATION_KINDS, SENSITIVITY_TIERS, type Industry, type OrganisationKind, type SensitivityTier } from '@suanli/domain';
import { IndustryEnum, OrganisationKindEnum, SensitivityTierEnum } from '../../common/graphql/domain-enums.js';

@InputType({ description: 'A new customer organisation.' })
export class CreateOrganisationInput {
  @Field({ description: '2–80 characters after trimming; unique ignoring case.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @Field(() => OrganisationKindEnum, { description: 'Any kind but CENTRE: the centre exists once.' })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @Field(() => IndustryEnum, { description: 'Its industry.' })
  @IsIn(INDUSTRIES)
  industry!: Industry;

  @Field(() => SensitivityTierEnum, { nullable: true, description: 'STANDARD when omitted.' })
  @IsOptional()
  @IsIn(SENSITIVITY_TIERS)
  sensitivityTier?: SensitivityTier | null;
}
