import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Industry, OrganisationKind, SensitivityTier } from '@suanli/domain';
import { IndustryEnum, OrganisationKindEnum, SensitivityTierEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType()
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => OrganisationKindEnum)
  kind!: OrganisationKind;

  @Field(() => IndustryEnum)
  industry!: Industry;

  @Field(() => SensitivityTierEnum)
  sensitivityTier!: SensitivityTier;

  @Field({ description: 'When the organisation joined the centre (入驻).' })
  createdAt!: Date;
}

@ObjectType()
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}
