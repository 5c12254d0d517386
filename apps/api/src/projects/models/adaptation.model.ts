import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AdaptationChecklistItem } from '@suanli/domain';
import { AdaptationChecklistItemEnum } from '../../common/graphql/domain-enums.js';

@ObjectType({ description: 'Porting the project to Ascend: 14 days, free of charge.' })
export class Adaptation {
  @Field(() => ID)
  id!: string;

  @Field()
  sourcePlatform!: string;

  @Field()
  targetPlatform!: string;

  @Field()
  startedAt!: Date;

  @Field()
  dueAt!: Date;

  @Field(() => [AdaptationChecklistItemEnum])
  completedItems!: AdaptationChecklistItem[];

  @Field({ description: 'Integer fen as a string; always "0" — adaptation is free.' })
  chargeFen!: string;
}
