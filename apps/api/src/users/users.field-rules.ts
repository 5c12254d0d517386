import { fieldRules, reachable, type FieldRule } from '../common/access/field-access/field-rule.js';
import { mayReadMembersOf, mayReadOrganisation } from '../organisations/index.js';
import type { Organisation } from '../organisations/index.js';
import { isSignedInNow, mayReadPerson } from './person-visibility.js';
import type { User } from './models/user.model.js';

const personalDetail: FieldRule<User> = {
  audience: 'the person themselves, staff with USER_READ and colleagues of the same organisation',
  allow: ({ actor, ctx, parent }) => mayReadPerson(actor, ctx, parent),
};

/**
 * A User is only ever reached through an edge that already checked the person (me, signIn,
 * Organisation.members, ProjectTransition.actor); the details repeat the check in case a new
 * edge forgets it.
 */
export const USER_FIELD_RULES = fieldRules<User>('User', {
  id: reachable('the edge to this person checked them'),
  displayName: reachable('the edge to this person checked them'),
  email: personalDetail,
  role: personalDetail,
  organisation: {
    audience: 'those who may read the person and the organisation',
    allow: ({ actor, ctx, parent }) =>
      mayReadPerson(actor, ctx, parent) && (isSignedInNow(ctx, parent.id) || mayReadOrganisation(actor, parent.organisationId)),
  },
});

/** Organisation.members, the field users add to organisations. */
export const ORGANISATION_MEMBERS_FIELD_RULES = fieldRules<Organisation>('Organisation', {
  members: {
    audience: 'staff with USER_READ and founders of this organisation',
    allow: ({ actor, parent }) => mayReadMembersOf(actor, parent.id),
  },
});
