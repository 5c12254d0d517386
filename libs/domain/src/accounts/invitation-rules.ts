import type { Role } from '../access/roles.js';

/** An invitation link is valid for 72 hours unless the deployment says otherwise. */
export const INVITATION_TTL_HOURS = 72;

/**
 * Which roles a person may invite. Managers bring in founders; only admins add staff; founders
 * bring colleagues into their own organisation (the API checks the organisation).
 */
export function invitableRoles(inviter: Role): readonly Role[] {
  switch (inviter) {
    case 'ADMIN':
      return ['FOUNDER', 'CONSULTANT', 'MANAGER', 'ADMIN'];
    case 'MANAGER':
    case 'FOUNDER':
      return ['FOUNDER'];
    default:
      return [];
  }
}

export const INVITATION_STATUSES = ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(
  invitation: { acceptedAt: Date | string | null; revokedAt: Date | string | null; expiresAt: Date | string },
  now: Date = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return 'ACCEPTED';
  if (invitation.revokedAt) return 'REVOKED';
  return new Date(invitation.expiresAt).getTime() <= now.getTime() ? 'EXPIRED' : 'PENDING';
}
