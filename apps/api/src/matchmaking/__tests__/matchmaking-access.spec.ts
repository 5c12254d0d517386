import type { Actor } from '../../common/access/actor.js';
import { normaliseTags } from '../matchmaking-rules.js';
import { answersForResource, answersForStartup, isMatchmakingManager, sidesOf, visibleIntroductionsWhere } from '../services/matchmaking-access.js';

const person = (role: Actor['role'], organisationId: string | null, id = `${role}-1`): Actor => ({ kind: 'user', id, role, organisationId, scopes: [] });
const STARTUP = 'org-startup';
const PARTNER = 'org-partner';
const CENTRE = 'org-centre';

describe('who answers for which side of an introduction', () => {
  const introduction = { organisationId: STARTUP };

  it('lets a founder of the need’s organisation answer for the startup, nobody else', () => {
    expect(answersForStartup(person('FOUNDER', STARTUP), introduction)).toBe(true);
    expect(answersForStartup(person('FOUNDER', PARTNER), introduction)).toBe(false);
    expect(answersForStartup(person('MANAGER', CENTRE), introduction)).toBe(false);
    expect(answersForStartup({ ...person('FOUNDER', STARTUP), kind: 'token' }, introduction)).toBe(false);
  });

  it('lets the owner person, or any member of the owner organisation, answer for the resource', () => {
    const owned = { ownerUserId: 'CONSULTANT-1', ownerOrganisationId: null };
    expect(answersForResource(person('CONSULTANT', CENTRE), owned)).toBe(true);
    expect(answersForResource(person('CONSULTANT', CENTRE, 'CONSULTANT-2'), owned)).toBe(false);
    const organisation = { ownerUserId: null, ownerOrganisationId: PARTNER };
    expect(answersForResource(person('FOUNDER', PARTNER, 'a'), organisation)).toBe(true);
    expect(answersForResource(person('FOUNDER', PARTNER, 'b'), organisation)).toBe(true);
    expect(answersForResource(person('FOUNDER', STARTUP), organisation)).toBe(false);
    expect(answersForResource(person('MANAGER', CENTRE), organisation)).toBe(false);
  });

  it('gives a founder both sides when the startup also owns the resource', () => {
    expect(sidesOf(person('FOUNDER', STARTUP), introduction, { ownerUserId: null, ownerOrganisationId: STARTUP })).toEqual(['STARTUP', 'RESOURCE']);
    expect(sidesOf(person('MANAGER', CENTRE), introduction, { ownerUserId: null, ownerOrganisationId: PARTNER })).toEqual([]);
  });

  it('filters introductions for everyone but managers', () => {
    expect(isMatchmakingManager(person('MANAGER', CENTRE))).toBe(true);
    expect(isMatchmakingManager(person('CONSULTANT', CENTRE))).toBe(false);
    expect(visibleIntroductionsWhere(person('ADMIN', CENTRE))).toBeNull();
    // Staff are no startup: only their resources' introductions.
    expect(visibleIntroductionsWhere(person('CONSULTANT', CENTRE))!.sql).not.toContain('i.organisation_id');
    expect(visibleIntroductionsWhere(person('FOUNDER', STARTUP))!.sql).toContain('i.organisation_id');
  });
});

describe('tags', () => {
  it('are kept sorted and once each', () => {
    expect(normaliseTags(['llm', 'ascend', 'llm'])).toEqual(['ascend', 'llm']);
    expect(normaliseTags(undefined)).toEqual([]);
  });
});
