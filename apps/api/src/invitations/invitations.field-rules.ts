import { fieldRules, reachable } from '../common/auth/field-access/field-rule.js';
import { mayReadOrganisation } from '../organisations/organisation-visibility.js';
import type { Actor } from '../common/auth/actor.js';

export const INVITATION_FIELD_RULES = [
  fieldRules<{ organisationId: string }>('Invitation', {
    email: reachable('invitations are listed only to staff and to the organisation’s own founders'),
    role: reachable('as email'),
    organisation: {
      audience: 'callers who may see the organisation the invitation is for',
      allow: ({ actor, parent }: { actor: Actor | null; parent: { organisationId: string } }) => mayReadOrganisation(actor, parent.organisationId),
    },
  }),
  fieldRules('InvitationPreview', {
    '*': reachable('shown only to whoever holds the one-time link, and only the organisation’s name and the invited email'),
  }),
];
