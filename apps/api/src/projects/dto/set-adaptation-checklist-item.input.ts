import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsUUID } from 'class-validator';
import { ADAPTATION_CHECKLIST, type AdaptationChecklistItem } from '@suanli/domain';
import { AdaptationChecklistItemEnum } from '../../common/graphql/domain-enums.js';

@InputType({ description: 'Ticks or unticks one item of a project’s adaptation checklist.' })
export class SetAdaptationChecklistItemInput {
  @Field(() => ID, { description: 'The project, which must be in ADAPTATION.' })
  @IsUUID()
  projectId!: string;

  @Field(() => AdaptationChecklistItemEnum, { description: 'The checklist item.' })
  @IsIn(ADAPTATION_CHECKLIST)
  item!: AdaptationChecklistItem;

  @Field({ description: 'True when the item is done, false to reopen it.' })
  @IsBoolean()
  done!: boolean;
}
