import { invitableRoles, invitationStatus } from '../invitation-rules.js';

describe('invitation rules', () => {
  it('lets only admins invite staff; managers and founders invite founders', () => {
    expect(invitableRoles('ADMIN')).toEqual(expect.arrayContaining(['ADMIN', 'MANAGER', 'CONSULTANT', 'FOUNDER']));
    expect(invitableRoles('MANAGER')).toEqual(['FOUNDER']);
    expect(invitableRoles('FOUNDER')).toEqual(['FOUNDER']);
    expect(invitableRoles('CONSULTANT')).toEqual([]);
    expect(invitableRoles('INTEGRATION')).toEqual([]);
  });

  it('derives the status, accepted and revoked winning over expiry', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const past = new Date('2026-11-30T10:00:00Z');
    const future = new Date('2026-12-02T10:00:00Z');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: future }, now)).toBe('PENDING');
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('EXPIRED');
    expect(invitationStatus({ acceptedAt: past, revokedAt: null, expiresAt: past }, now)).toBe('ACCEPTED');
    expect(invitationStatus({ acceptedAt: null, revokedAt: past, expiresAt: past }, now)).toBe('REVOKED');
  });
});
