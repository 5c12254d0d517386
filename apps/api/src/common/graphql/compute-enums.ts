import { registerEnumType } from '@nestjs/graphql';
import { ALLOCATION_STATES, CARD_HEALTH, PRIORITY_CLASSES } from '@suanli/domain';
import { enumOf } from './domain-enums.js';

export const PriorityClassEnum = enumOf(PRIORITY_CLASSES);
export const AllocationStateEnum = enumOf(ALLOCATION_STATES);
export const CardHealthEnum = enumOf(CARD_HEALTH);

registerEnumType(PriorityClassEnum, {
  name: 'PriorityClass',
  description: 'ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work.',
});
registerEnumType(AllocationStateEnum, { name: 'AllocationState' });
registerEnumType(CardHealthEnum, { name: 'CardHealth', description: 'DRAINED takes no new work; FAILED also ends the work on it.' });
