import type { Role } from './roles.js';

/**
 * Permission keys shared by the API (guards) and the web app (what to show).
 * A root field names exactly one permission; the guard denies anything not listed here.
 */
export const PERMISSIONS = [
  'ORGANISATION_READ',
  'ORGANISATION_WRITE',
  'USER_READ',
  'USER_WRITE',
  'PROJECT_READ',
  'PROJECT_APPLY',
  'PROJECT_TRANSITION',
  'ADAPTATION_WRITE',
  'API_TOKEN_WRITE',
  'PIPELINE_READ',
  'COMPUTE_READ',
  'INVENTORY_WRITE',
  'ALLOCATION_REQUEST',
  'ALLOCATION_MANAGE',
  'SCHEDULING_WRITE',
  'TELEMETRY_WRITE',
  'NODE_DRAIN',
  /** See the invitations of an organisation (staff: any; founders: their own). */
  'INVITATION_READ',
  /** Invite people and revoke invitations (founders: colleagues into their own organisation). */
  'INVITATION_WRITE',
  /** Read the audit log of account and organisation changes. */
  'AUDIT_READ',
  /** See prices, invoices, payments and vouchers (staff: all; founders: their own organisation's). */
  'BILLING_READ',
  /** Publish a new version of a card-hour price. */
  'PRICE_WRITE',
  /** Run billing, issue and void invoices, credit notes, record payments; read the ledger. */
  'BILLING_WRITE',
  /** Apply for a compute voucher for one's own organisation. */
  'VOUCHER_APPLY',
  /** Set up voucher programmes, decide applications, mark related parties. */
  'VOUCHER_MANAGE',
  /** Read a programme's settlement (redemptions by organisation, invoice and line). */
  'VOUCHER_SETTLEMENT_READ',
  /** See compute-for-equity term sheets (staff: all; founders: their own organisation's). */
  'EQUITY_READ',
  /** Negotiate term sheets: staff propose, either side counter-offers, accepts or withdraws. */
  'EQUITY_NEGOTIATE',
  /** Record a startup's cap table: stakeholders, share classes, issuances and buy-backs (centre staff). */
  'CAP_TABLE_WRITE',
  /** Set a project's milestones and accept or return the evidence submitted for them. */
  'MILESTONE_WRITE',
  /** Submit evidence for a milestone of one's own organisation's project. */
  'MILESTONE_SUBMIT',
  /** Open policy-consulting tickets for one's own organisation, reply, resolve, close, reopen and rate them (founders); reply (staff). */
  'TICKET_WRITE',
  /** Work the consulting queue: internal notes, status changes, assignment (consultants of the ticket's group, managers). */
  'TICKET_WORK',
  /** Set up consultant groups and SLA policies, reassign tickets in bulk, see every queue. */
  'CONSULTING_MANAGE',
  /** Read the working calendar the SLA clock runs on: holidays, make-up workdays, business hours (staff). */
  'CALENDAR_READ',
  /** Change the working calendar: holidays, make-up workdays and business hours (admins; audited). */
  'CALENDAR_WRITE',
  /** Write, publish and unpublish knowledge-base articles and see drafts and counters (consultants and managers). */
  'KB_WRITE',
  /** Search and read published knowledge-base articles, say one answered a question (every person; no API token). */
  'KB_READ',
  /** Read one's own notifications and set how they arrive (every person; no API token: they are a person's). */
  'NOTIFICATION_READ',
  /** See matchmaking: founders their organisation's needs and introductions, resource owners their resources' (every person; no API token). */
  'MATCHMAKING_READ',
  /** Take part in matchmaking: founders post needs for their organisation; either side answers, records the meeting and the outcome. */
  'MATCHMAKING_TAKE_PART',
  /** Run matchmaking: resources, suggestions, proposals, the funnel and the reminder setting (managers). */
  'MATCHMAKING_MANAGE',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  MANAGER: [
    'ORGANISATION_READ',
    'ORGANISATION_WRITE',
    'USER_READ',
    'PROJECT_READ',
    'PROJECT_APPLY',
    'PROJECT_TRANSITION',
    'ADAPTATION_WRITE',
    'PIPELINE_READ',
    'COMPUTE_READ',
    'INVENTORY_WRITE',
    'ALLOCATION_REQUEST',
    'ALLOCATION_MANAGE',
    'SCHEDULING_WRITE',
    'NODE_DRAIN',
    'INVITATION_READ',
    'INVITATION_WRITE',
    'BILLING_READ',
    'PRICE_WRITE',
    'BILLING_WRITE',
    'VOUCHER_MANAGE',
    'VOUCHER_SETTLEMENT_READ',
    'EQUITY_READ',
    'EQUITY_NEGOTIATE',
    'CAP_TABLE_WRITE',
    'MILESTONE_WRITE',
    'TICKET_WRITE',
    'TICKET_WORK',
    'CONSULTING_MANAGE',
    'CALENDAR_READ',
    'KB_WRITE',
    'KB_READ',
    'NOTIFICATION_READ',
    'MATCHMAKING_READ',
    'MATCHMAKING_TAKE_PART',
    'MATCHMAKING_MANAGE',
  ],
  CONSULTANT: [
    'ORGANISATION_READ', 'PROJECT_READ', 'COMPUTE_READ', 'TICKET_WRITE', 'TICKET_WORK', 'CALENDAR_READ', 'KB_WRITE', 'KB_READ', 'NOTIFICATION_READ',
    // Consultants own resources (a mentor, an engineer): they see and answer their introductions.
    'MATCHMAKING_READ', 'MATCHMAKING_TAKE_PART',
  ],
  FOUNDER: [
    'ORGANISATION_READ',
    'PROJECT_READ',
    'PROJECT_APPLY',
    'PROJECT_TRANSITION',
    'COMPUTE_READ',
    'ALLOCATION_REQUEST',
    'INVITATION_READ',
    'INVITATION_WRITE',
    'BILLING_READ',
    'VOUCHER_APPLY',
    'EQUITY_READ',
    'EQUITY_NEGOTIATE',
    'MILESTONE_SUBMIT',
    'TICKET_WRITE',
    'KB_READ',
    'NOTIFICATION_READ',
    'MATCHMAKING_READ',
    'MATCHMAKING_TAKE_PART',
  ],
  INTEGRATION: [],
};

/** Scopes an integration token may carry, and the permissions each scope grants. */
export const TOKEN_SCOPES = ['read:organisations', 'read:projects', 'telemetry', 'introspection', 'read:vouchers'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

const SCOPE_GRANTS: Record<TokenScope, readonly Permission[]> = {
  'read:organisations': ['ORGANISATION_READ'],
  'read:projects': ['PROJECT_READ', 'PIPELINE_READ'],
  /** Cluster telemetry: report card health, drain and restore nodes, read the cluster. */
  telemetry: ['TELEMETRY_WRITE', 'NODE_DRAIN', 'COMPUTE_READ'],
  /** Read the schema by introspection in production (codegen, API explorers); grants no data. */
  introspection: [],
  /** The city's voucher office: the settlement of its programmes, nothing else. */
  'read:vouchers': ['VOUCHER_SETTLEMENT_READ'],
};

export function roleHasPermission(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function scopesHavePermission(scopes: readonly TokenScope[], permission: Permission): boolean {
  return scopes.some((scope) => SCOPE_GRANTS[scope].includes(permission));
}

export function permissionsOf(role: Role): readonly Permission[] {
  return GRANTS[role];
}
