/**
 * The consulting ticket's vocabulary and its rules that need no database: states and the moves
 * between them (the database trigger allows the same set), priorities and how a breach raises one.
 */
/** The categories are shared with the knowledge base (libs/domain consulting). */
export { TICKET_CATEGORIES, type TicketCategory } from '@suanli/domain';

export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

export const TICKET_STATUSES = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Tickets a consultant still owes work on: what "least loaded" counts. */
export const ACTIVE_STATUSES: readonly TicketStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER'];

export const MESSAGE_VISIBILITIES = ['PUBLIC', 'INTERNAL'] as const;
export type MessageVisibility = (typeof MESSAGE_VISIBILITIES)[number];

export const LINKED_KINDS = ['PROJECT', 'VOUCHER_APPLICATION', 'INVOICE', 'TERM_SHEET'] as const;
export type LinkedKind = (typeof LINKED_KINDS)[number];

export const SLA_TARGET_KINDS = ['FIRST_RESPONSE', 'RESOLUTION'] as const;
export type SlaTargetKind = (typeof SLA_TARGET_KINDS)[number];

/** Every allowed move; CLOSED → OPEN is a reopen, which the service allows only inside the reopen window. */
export const TICKET_TRANSITIONS: readonly (readonly [TicketStatus, TicketStatus])[] = [
  ['NEW', 'OPEN'],
  ['NEW', 'WAITING_FOR_CUSTOMER'],
  ['NEW', 'RESOLVED'],
  ['NEW', 'CLOSED'],
  ['OPEN', 'WAITING_FOR_CUSTOMER'],
  ['OPEN', 'RESOLVED'],
  ['OPEN', 'CLOSED'],
  ['WAITING_FOR_CUSTOMER', 'OPEN'],
  ['WAITING_FOR_CUSTOMER', 'RESOLVED'],
  ['WAITING_FOR_CUSTOMER', 'CLOSED'],
  ['RESOLVED', 'OPEN'],
  ['RESOLVED', 'CLOSED'],
  ['CLOSED', 'OPEN'],
];

export function mayMove(from: TicketStatus, to: TicketStatus): boolean {
  return TICKET_TRANSITIONS.some(([a, b]) => a === from && b === to);
}

/** The statuses a ticket may come from to reach `to`: the guard of the UPDATE … WHERE status IN (…). */
export function sourcesOf(to: TicketStatus): TicketStatus[] {
  return TICKET_TRANSITIONS.filter(([, b]) => b === to).map(([a]) => a);
}

/** A breach raises the priority one step; URGENT stays URGENT. */
export function raisedPriority(priority: TicketPriority): TicketPriority {
  return TICKET_PRIORITIES[Math.min(TICKET_PRIORITIES.indexOf(priority) + 1, TICKET_PRIORITIES.length - 1)]!;
}

/** The SLA clock stands still while the customer owes the next move, and after resolution. */
export function clockPausedIn(status: TicketStatus): boolean {
  return status === 'WAITING_FOR_CUSTOMER' || status === 'RESOLVED' || status === 'CLOSED';
}

/** A satisfaction score at or below this opens a review task for the group lead. */
export const LOW_SATISFACTION = 2;

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(',');
