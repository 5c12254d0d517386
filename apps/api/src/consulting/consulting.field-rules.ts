import { fieldRules, reachable } from '../common/access/field-access/field-rule.js';
import type { Ticket } from './models/ticket.model.js';

/** A ticket is read only by whoever may read it at the root (founders: their own organisation's). */
export const CONSULTING_FIELD_RULES = [
  fieldRules<Ticket>('Ticket', { organisationId: reachable('the ticket’s own organisation, tenant-filtered at the root') }),
];
