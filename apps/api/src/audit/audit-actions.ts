/**
 * The audit codes this codebase writes. Stored as text so a feature can add one without a
 * migration; list it here so the console (and its translations) know it.
 */
export const AUDIT_ACTIONS = [
  'ORGANISATION_CREATED',
  'INVITATION_SENT',
  'INVITATION_REVOKED',
  'INVITATION_ACCEPTED',
  'PASSWORD_CHANGED',
  'USER_DEACTIVATED',
  'USER_REACTIVATED',
  'USER_ROLE_CHANGED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
  'CLUSTER_RENAMED',
  'CLUSTER_DELETED',
  'PRICE_PUBLISHED',
  'BILLING_RUN_STARTED',
  'INVOICE_ISSUED',
  'INVOICE_VOIDED',
  'PAYMENT_RECORDED',
  'CREDIT_NOTE_ISSUED',
  'VOUCHER_PROGRAMME_CREATED',
  'VOUCHER_PROGRAMME_STATUS_CHANGED',
  'VOUCHER_APPROVED',
  'VOUCHER_REJECTED',
  'RELATED_PARTY_MARKED',
  'RELATED_PARTY_UNMARKED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
