import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AdaptationChecklistItem } from '@suanli/domain';
import { AdaptationChecklistItemEnum } from '../../common/graphql/domain-enums.js';

@ObjectType({ description: 'Porting the project to Ascend: 14 days, free of charge.' })
export class Adaptation {
  @Field(() => ID, { description: 'The adaptation’s id.' })
  id!: string;

  @Field({ description: 'Where the models ran before, e.g. "CUDA/NVIDIA".' })
  sourcePlatform!: string;

  @Field({ description: 'Where they are ported to, e.g. "CANN/Ascend".' })
  targetPlatform!: string;

  @Field({ description: 'When the project entered ADAPTATION.' })
  startedAt!: Date;

  @Field({ description: 'Fourteen days after the start.' })
  dueAt!: Date;

  @Field(() => [AdaptationChecklistItemEnum], { description: 'The checklist items done so far.' })
  completedItems!: AdaptationChecklistItem[];

  @Field({ description: 'Integer fen as a string; always "0" — adaptation is free.' })
  chargeFen!: string;
}
