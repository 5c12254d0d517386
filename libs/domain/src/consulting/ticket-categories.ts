/**
 * What a consulting question is about. Shared by tickets (routing to a consultant group, SLA
 * policies) and the knowledge base (articles are filed under the same categories, so the ticket
 * form can suggest articles of the category the founder picked).
 */
export const TICKET_CATEGORIES = ['SUBSIDIES_POLICY', 'COMPUTE_VOUCHERS', 'TAX', 'TALENT', 'DATA_COMPLIANCE', 'ADAPTATION', 'OTHER'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export function isTicketCategory(value: unknown): value is TicketCategory {
  return typeof value === 'string' && (TICKET_CATEGORIES as readonly string[]).includes(value);
}
