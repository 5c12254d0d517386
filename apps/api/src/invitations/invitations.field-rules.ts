import { fieldRules, reachable } from '../common/access/field-access/field-rule.js';
import { mayReadOrganisation } from '../organisations/index.js';
import type { Actor } from '../common/access/actor.js';
import { rememberSignedIn } from '../users/index.js';
import type { User } from '../users/index.js';

export const INVITATION_FIELD_RULES = [
  fieldRules<{ organisationId: string }>('Invitation', {
    email: reachable('invitations are listed only to staff and to the organisation’s own founders'),
    role: reachable('as email'),
    organisation: {
      audience: 'callers who may see the organisation the invitation is for',
      allow: ({ actor, parent }: { actor: Actor | null; parent: { organisationId: string } }) => mayReadOrganisation(actor, parent.organisationId),
    },
  }),
  fieldRules('AcceptInvitationPayload', {
    user: {
      audience: 'the person whose account the invitation just created',
      // No caller exists yet (the link holder is anonymous): the new person sees their own details, as after signIn.
      allowValue: ({ ctx }, user: User) => {
        rememberSignedIn(ctx, user.id);
        return true;
      },
    },
  }),
  fieldRules('InvitationPreview', {
    '*': reachable('shown only to whoever holds the one-time link, and only the organisation’s name and the invited email'),
  }),
];
