import { enumOf, registerDescribedEnum } from '../../common/graphql/domain-enums.js';
import { LINKED_KINDS, MESSAGE_VISIBILITIES, SLA_TARGET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from '../ticket-rules.js';

// TicketCategory is shared with the knowledge base: registered once in common/graphql.
export { TicketCategoryEnum } from '../../common/graphql/ticket-category.enum.js';

export const TicketPriorityEnum = enumOf(TICKET_PRIORITIES);
registerDescribedEnum(TicketPriorityEnum, 'TicketPriority', 'How urgent a ticket is; a breached SLA raises it one step.', {
  LOW: 'Low.', NORMAL: 'Normal.', HIGH: 'High.', URGENT: 'Urgent.',
});

export const TicketStatusEnum = enumOf(TICKET_STATUSES);
registerDescribedEnum(TicketStatusEnum, 'TicketStatus', 'Where a ticket stands.', {
  NEW: 'Opened, nobody has answered yet.',
  OPEN: 'The consultants owe the next move.',
  WAITING_FOR_CUSTOMER: 'The founder owes the next move; the SLA clock is paused.',
  RESOLVED: 'Answered; the founder may rate it, or reopen it within the reopen window.',
  CLOSED: 'Done; no more replies (reopen within the window).',
});

export const MessageVisibilityEnum = enumOf(MESSAGE_VISIBILITIES);
registerDescribedEnum(MessageVisibilityEnum, 'TicketMessageVisibility', 'Who reads a message.', {
  PUBLIC: 'A reply in the thread: the founder and staff.',
  INTERNAL: 'An internal note: staff only, never the founder.',
});

export const LinkedKindEnum = enumOf(LINKED_KINDS);
registerDescribedEnum(LinkedKindEnum, 'TicketLinkKind', 'The kind of object a ticket is about.', {
  PROJECT: 'A project.', VOUCHER_APPLICATION: 'A voucher application.', INVOICE: 'An invoice.', TERM_SHEET: 'A term sheet.',
});

export const SlaTargetKindEnum = enumOf(SLA_TARGET_KINDS);
registerDescribedEnum(SlaTargetKindEnum, 'SlaTargetKind', 'Which promise an SLA target is.', {
  FIRST_RESPONSE: 'The first reply from a consultant.',
  RESOLUTION: 'The ticket resolved.',
});

export const SlaStateEnum = enumOf(['OK', 'WARNING', 'BREACHED', 'PAUSED', 'MET'] as const);
registerDescribedEnum(SlaStateEnum, 'SlaState', 'Where an SLA target stands now.', {
  OK: 'Running, less than 80 % used.',
  WARNING: 'Running, 80 % or more used.',
  BREACHED: 'Past its deadline, or kept only after it.',
  PAUSED: 'Clock stopped (waiting for the customer).',
  MET: 'Kept by its deadline.',
});
