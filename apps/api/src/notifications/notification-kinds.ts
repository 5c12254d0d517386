/**
 * What a notification is about. Each kind has a default for people who never chose: in-app is
 * always on; e-mail is on for what needs acting on or would be missed (decisions, money, breaches).
 */
export const NOTIFICATION_KINDS = [
  'TICKET_REPLY',
  'TICKET_ASSIGNED',
  'SLA_WARNING',
  'SLA_BREACHED',
  'VOUCHER_DECIDED',
  'TERM_SHEET_PROPOSED',
  'TERM_SHEET_SIGNED',
  'INVOICE_ISSUED',
  'ALLOCATION_STARTED',
  'ALLOCATION_PREEMPTED',
  'INTRODUCTION_PROPOSED',
  'INTRODUCTION_REMINDER',
  'INTRODUCTION_ANSWERED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface DeliveryChoice {
  inApp: boolean;
  email: boolean;
}

export const DEFAULT_DELIVERY: Record<NotificationKind, DeliveryChoice> = {
  TICKET_REPLY: { inApp: true, email: true },
  TICKET_ASSIGNED: { inApp: true, email: true },
  SLA_WARNING: { inApp: true, email: false },
  SLA_BREACHED: { inApp: true, email: true },
  VOUCHER_DECIDED: { inApp: true, email: true },
  TERM_SHEET_PROPOSED: { inApp: true, email: true },
  TERM_SHEET_SIGNED: { inApp: true, email: true },
  INVOICE_ISSUED: { inApp: true, email: true },
  ALLOCATION_STARTED: { inApp: true, email: false },
  ALLOCATION_PREEMPTED: { inApp: true, email: true },
  INTRODUCTION_PROPOSED: { inApp: true, email: true },
  INTRODUCTION_REMINDER: { inApp: true, email: true },
  INTRODUCTION_ANSWERED: { inApp: true, email: false },
};

/** The values a message needs (an invoice number, a version); strings so every language formats them. */
export type NotificationParams = Record<string, string>;
