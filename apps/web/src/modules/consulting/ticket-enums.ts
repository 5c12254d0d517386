import type { TicketCategory, TicketLinkKind, TicketPriority, TicketStatus } from '../../gql/graphql';

/** The values the forms and filters offer, in the order people read them. */
export const CATEGORIES: TicketCategory[] = ['SUBSIDIES_POLICY', 'COMPUTE_VOUCHERS', 'TAX', 'TALENT', 'DATA_COMPLIANCE', 'ADAPTATION', 'OTHER'];
export const PRIORITIES: TicketPriority[] = ['LOW', 'NORMAL', 'HIGH', 'URGENT'];
export const STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];
export const ACTIVE_STATUSES: TicketStatus[] = ['NEW', 'OPEN', 'WAITING_FOR_CUSTOMER'];
export const LINK_KINDS: TicketLinkKind[] = ['PROJECT', 'VOUCHER_APPLICATION', 'INVOICE', 'TERM_SHEET'];
