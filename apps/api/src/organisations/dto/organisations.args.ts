import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { INDUSTRIES, ORGANISATION_KINDS, type Industry, type OrganisationKind } from '@suanli/domain';
import { IndustryEnum, OrganisationKindEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionArgs } from '../../common/pagination/connection-args.js';

@ArgsType()
export class OrganisationsArgs extends ConnectionArgs {
  @Field(() => OrganisationKindEnum, { nullable: true, description: 'Only organisations of this kind.' })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: OrganisationKind | null;

  @Field(() => IndustryEnum, { nullable: true, description: 'Only organisations in this industry.' })
  @IsOptional()
  @IsIn(INDUSTRIES)
  industry?: Industry | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Leave out the centre’s own organisation: list only the tenants it serves.' })
  @IsOptional()
  @IsBoolean()
  tenantsOnly?: boolean;
}
