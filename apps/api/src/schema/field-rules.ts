import { ALLOCATION_FIELD_RULES } from '../allocations/allocations.field-rules.js';
import { AUDIT_FIELD_RULES } from '../audit/audit.field-rules.js';
import { AUTH_FIELD_RULES } from '../auth/auth.field-rules.js';
import { INVITATION_FIELD_RULES } from '../invitations/invitations.field-rules.js';
import type { TypeFieldRules } from '../common/auth/field-access/field-rule.js';
import { COMPUTE_FIELD_RULES } from '../compute/compute.field-rules.js';
import { ORGANISATION_FIELD_RULES } from '../organisations/organisations.field-rules.js';
import { ADAPTATION_FIELD_RULES, PIPELINE_COLUMN_FIELD_RULES, PROJECT_FIELD_RULES, PROJECT_TRANSITION_FIELD_RULES } from '../projects/projects.field-rules.js';
import { USER_FIELD_RULES } from '../users/users.field-rules.js';

/**
 * Who may read which object field, per feature (root fields use @Allow instead). A sensitive
 * field missing here answers as if forbidden, and field-rules.spec.ts fails naming it.
 */
export const FIELD_RULES: readonly TypeFieldRules[] = [
  USER_FIELD_RULES,
  ORGANISATION_FIELD_RULES,
  PROJECT_FIELD_RULES,
  PROJECT_TRANSITION_FIELD_RULES,
  ADAPTATION_FIELD_RULES,
  PIPELINE_COLUMN_FIELD_RULES,
  ...ALLOCATION_FIELD_RULES,
  ...COMPUTE_FIELD_RULES,
  ...AUTH_FIELD_RULES,
  ...AUDIT_FIELD_RULES,
  ...INVITATION_FIELD_RULES,
];
