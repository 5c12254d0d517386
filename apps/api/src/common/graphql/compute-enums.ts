import { ALLOCATION_STATES, CARD_HEALTH, PRIORITY_CLASSES } from '@suanli/domain';
import { enumOf, registerDescribedEnum } from './domain-enums.js';

export const PriorityClassEnum = enumOf(PRIORITY_CLASSES);
export const AllocationStateEnum = enumOf(ALLOCATION_STATES);
export const CardHealthEnum = enumOf(CARD_HEALTH);

registerDescribedEnum(PriorityClassEnum, 'PriorityClass', 'ADAPTATION fills gaps (porting work), STANDARD is the default, URGENT may preempt preemptible work.', {
  ADAPTATION: 'The lowest class, for porting work: it fills gaps.',
  STANDARD: 'The default, between the other two.',
  URGENT: 'The highest class; may preempt preemptible work.',
});
registerDescribedEnum(AllocationStateEnum, 'AllocationState', 'Where an allocation request stands.', {
  QUEUED: 'Waiting for cards.',
  RUNNING: 'Holding its cards.',
  FINISHED: 'Ended by its time limit or reported done.',
  CANCELLED: 'Cancelled while waiting or running.',
  PREEMPTED: 'Stopped early for URGENT work, or because a card failed.',
});
registerDescribedEnum(CardHealthEnum, 'CardHealth', 'DRAINED takes no new work; FAILED also ends the work on it.', {
  HEALTHY: 'In service.',
  DRAINED: 'Takes no new work; running work runs to its end.',
  FAILED: 'Broken: takes no work, and the work on it was stopped.',
});
