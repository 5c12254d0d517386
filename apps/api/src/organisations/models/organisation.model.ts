import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Industry, OrganisationKind, SensitivityTier } from '@suanli/domain';
import { IndustryEnum, OrganisationKindEnum, SensitivityTierEnum } from '../../common/graphql/domain-enums.js';
import { ConnectionType } from '../../common/pagination/connection.js';

@ObjectType({ description: 'A tenant: the centre itself or a customer (startup, firm, university, institute, government body).' })
export class Organisation {
  @Field(() => ID, { description: 'The organisation’s id.' })
  id!: string;

  @Field({ description: 'Its name, unique ignoring case.' })
  name!: string;

  @Field(() => OrganisationKindEnum, { description: 'What kind of organisation it is.' })
  kind!: OrganisationKind;

  @Field(() => IndustryEnum, { description: 'The industry it works in.' })
  industry!: Industry;

  @Field(() => SensitivityTierEnum, { description: 'How sensitive its data is.' })
  sensitivityTier!: SensitivityTier;

  @Field({ description: 'When the organisation joined the centre (入驻).' })
  createdAt!: Date;
}

@ObjectType({ description: 'One page of organisations (Relay connection).' })
export class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}
