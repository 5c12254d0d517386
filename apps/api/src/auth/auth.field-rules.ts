import { fieldRules, reachable, requires } from '../common/access/field-access/field-rule.js';
import { rememberSignedIn } from '../users/index.js';
import type { User } from '../users/index.js';

export const AUTH_FIELD_RULES = [
  fieldRules('SignInPayload', {
    token: reachable('the caller’s own new session'),
    user: {
      audience: 'the person who just signed in',
      // No actor exists yet during signIn: the person shows their own details as themselves.
      allowValue: ({ ctx }, user: User) => {
        rememberSignedIn(ctx, user.id);
        return true;
      },
    },
  }),
  fieldRules('CreateApiTokenPayload', { token: requires('API_TOKEN_WRITE') }),
  fieldRules('ApiToken', { organisationId: requires('API_TOKEN_WRITE') }),
];
