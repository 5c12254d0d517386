import type { Role } from '../../gql/graphql';

/** Roles a person can hold (INTEGRATION belongs to API tokens). */
export const PERSON_ROLES: Role[] = ['ADMIN', 'MANAGER', 'CONSULTANT', 'FOUNDER'];
