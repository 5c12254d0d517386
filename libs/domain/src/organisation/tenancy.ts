import type { OrganisationKind } from './organisation-kind.js';

/** The centre runs the platform; every other kind is a tenant the centre serves. */
export const CENTRE_KIND: OrganisationKind = 'CENTRE';

export function isTenantKind(kind: OrganisationKind): boolean {
  return kind !== CENTRE_KIND;
}
