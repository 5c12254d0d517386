import { invitableRoles, type Role } from '@suanli/domain';
import type { Actor } from '../../common/access/actor.js';
import { forbidden } from '../../common/errors/api-errors.js';

/**
 * Who may invite whom, and where: staff into any organisation (managers only founders, admins any
 * role); founders only colleagues (founders) into their own organisation. Refusals are FORBIDDEN.
 */
export function assertMayInvite(actor: Actor, organisationId: string, role: Role): void {
  if (actor.kind !== 'user') throw forbidden('API tokens cannot invite people');
  if (!invitableRoles(actor.role).includes(role)) throw forbidden(`A ${actor.role.toLowerCase()} cannot invite a ${role.toLowerCase()}`);
  if (actor.role === 'FOUNDER' && actor.organisationId !== organisationId) throw forbidden('Founders invite only into their own organisation');
}

/** Staff see any organisation's invitations; a founder only their own organisation's. */
export function mayManageInvitationsOf(actor: Actor, organisationId: string): boolean {
  if (actor.kind !== 'user') return false;
  if (actor.role === 'FOUNDER') return actor.organisationId === organisationId;
  return actor.role === 'ADMIN' || actor.role === 'MANAGER';
}
