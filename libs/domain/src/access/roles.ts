export const ROLES = ['ADMIN', 'MANAGER', 'CONSULTANT', 'FOUNDER', 'INTEGRATION'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person's account (user or invitation) may have; INTEGRATION belongs to API tokens only. */
export const PERSON_ROLES = ROLES.filter((role): role is Exclude<Role, 'INTEGRATION'> => role !== 'INTEGRATION');
export type PersonRole = (typeof PERSON_ROLES)[number];

/** Staff of the centre see every organisation; founders see only their own. */
export const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGER', 'CONSULTANT'];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}
