import type { Actor } from '../../common/access/actor.js';
import type { RequestContext } from '../../common/graphql/request-context.js';
import { mayReadPerson, rememberSignedIn } from '../person-visibility.js';

const user = (id: string, role: Actor['role'], organisationId: string | null): Actor => ({ kind: 'user', id, role, organisationId, scopes: [] });
const ctx = () => ({}) as RequestContext;
const manager = { id: 'm', organisationId: 'centre' };
const founderA = { id: 'fa', organisationId: 'a' };
const colleagueA = { id: 'fa2', organisationId: 'a' };

describe('who may see a person’s details', () => {
  it('shows people themselves, their colleagues and USER_READ staff', () => {
    expect(mayReadPerson(user('fa', 'FOUNDER', 'a'), ctx(), founderA)).toBe(true);
    expect(mayReadPerson(user('fa', 'FOUNDER', 'a'), ctx(), colleagueA)).toBe(true);
    expect(mayReadPerson(user('m', 'MANAGER', 'centre'), ctx(), founderA)).toBe(true);
  });

  it('hides the centre’s staff from founders and everyone from consultants and tokens', () => {
    expect(mayReadPerson(user('fa', 'FOUNDER', 'a'), ctx(), manager)).toBe(false);
    expect(mayReadPerson(user('c', 'CONSULTANT', 'centre'), ctx(), manager)).toBe(false);
    expect(mayReadPerson(user('c', 'CONSULTANT', 'centre'), ctx(), founderA)).toBe(false);
    const bound: Actor = { kind: 'token', id: 't', role: 'INTEGRATION', organisationId: 'a', scopes: ['read:organisations'] };
    expect(mayReadPerson(bound, ctx(), founderA)).toBe(false);
  });

  it('shows the person who signed in during this request, and only in that request', () => {
    const signingIn = ctx();
    rememberSignedIn(signingIn, 'fa');
    expect(mayReadPerson(null, signingIn, founderA)).toBe(true);
    expect(mayReadPerson(null, signingIn, manager)).toBe(false);
    expect(mayReadPerson(null, ctx(), founderA)).toBe(false);
  });
});
