import { registerEnumType } from '@nestjs/graphql';
import { ALLOCATION_STATES, CARD_HEALTH, PRIORITY_CLASSES } from '@suanli/domain';

function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const PriorityClassEnum = enumOf(PRIORITY_CLASSES);
export const AllocationStateEnum = enumOf(ALLOCATION_STATES);
export const CardHealthEnum = enumOf(CARD_HEALTH);

registerEnumType(PriorityClassEnum, {
  name: 'PriorityClass',
  description: 'ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work.',
});
registerEnumType(AllocationStateEnum, { name: 'AllocationState' });
registerEnumType(CardHealthEnum, { name: 'CardHealth', description: 'DRAINED takes no new work; FAILED also ends the work on it.' });
