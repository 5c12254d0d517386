import type { Actor } from '../../common/access/actor.js';
import { mayReadMembersOf, mayReadOrganisation } from '../organisation-visibility.js';

const user = (role: Actor['role'], organisationId: string | null): Actor => ({ kind: 'user', id: `${role}-1`, role, organisationId, scopes: [] });
const token = (scopes: Actor['scopes'], organisationId: string | null = null): Actor => ({ kind: 'token', id: 't', role: 'INTEGRATION', organisationId, scopes });

describe('who may see an organisation and its people', () => {
  it('shows a founder only their own organisation, staff every one', () => {
    expect(mayReadOrganisation(user('FOUNDER', 'a'), 'a')).toBe(true);
    expect(mayReadOrganisation(user('FOUNDER', 'a'), 'centre')).toBe(false);
    expect(mayReadOrganisation(user('CONSULTANT', 'centre'), 'a')).toBe(true);
    expect(mayReadOrganisation(null, 'a')).toBe(false);
  });

  it('shows tokens organisations only with read:organisations, and a bound token only its own', () => {
    expect(mayReadOrganisation(token(['read:projects']), 'a')).toBe(false);
    expect(mayReadOrganisation(token(['read:organisations']), 'a')).toBe(true);
    expect(mayReadOrganisation(token(['read:organisations'], 'b'), 'a')).toBe(false);
  });

  it('lists people to USER_READ staff and to founders of that organisation, not to consultants or tokens', () => {
    expect(mayReadMembersOf(user('MANAGER', 'centre'), 'a')).toBe(true);
    expect(mayReadMembersOf(user('FOUNDER', 'a'), 'a')).toBe(true);
    expect(mayReadMembersOf(user('FOUNDER', 'a'), 'b')).toBe(false);
    expect(mayReadMembersOf(user('CONSULTANT', 'centre'), 'centre')).toBe(false);
    expect(mayReadMembersOf(token(['read:organisations'], 'a'), 'a')).toBe(false);
  });
});
