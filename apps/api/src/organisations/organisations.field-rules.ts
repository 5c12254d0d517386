import { fieldRules, requires } from '../common/auth/field-access/field-rule.js';
import type { Organisation } from './models/organisation.model.js';
import { mayReadMembersOf } from './organisation-visibility.js';

export const ORGANISATION_FIELD_RULES = fieldRules<Organisation>('Organisation', {
  members: {
    audience: 'staff with USER_READ and founders of this organisation',
    allow: ({ actor, parent }) => mayReadMembersOf(actor, parent.id),
  },
  projects: requires('PROJECT_READ'),
});
