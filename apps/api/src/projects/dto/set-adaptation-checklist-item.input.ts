import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { ADAPTATION_CHECKLIST, type AdaptationChecklistItem } from '@suanli/domain';
import { AdaptationChecklistItemEnum } from '../../common/graphql/domain-enums.js';

@InputType()
export class SetAdaptationChecklistItemInput {
  @Field(() => ID)
  @IsUUID()
  projectId!: string;

  @Field(() => AdaptationChecklistItemEnum)
  @IsIn(ADAPTATION_CHECKLIST)
  item!: AdaptationChecklistItem;

  @Field()
  @IsBoolean()
  done!: boolean;
}
