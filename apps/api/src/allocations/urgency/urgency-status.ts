/**
 * Why a request that asked for URGENT is, or is not yet, scheduled as URGENT:
 * - STAFF: made by staff, effective at once;
 * - BUDGET: fits the organisation's urgent card-hours for the month, effective at once;
 * - AWAITING_APPROVAL: scheduled at STANDARD until a manager approves;
 * - APPROVED / DECLINED: a manager's decision (a decline also withdraws an effective urgency).
 */
export const URGENCY_STATUSES = ['STAFF', 'BUDGET', 'AWAITING_APPROVAL', 'APPROVED', 'DECLINED'] as const;
export type UrgencyStatus = (typeof URGENCY_STATUSES)[number];

/** The class a founder's URGENT request is scheduled at until its urgency takes effect. */
export const UNAPPROVED_URGENT_CLASS = 'STANDARD';
