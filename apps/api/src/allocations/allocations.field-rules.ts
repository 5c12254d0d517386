import { allOf, fieldRules, reachable, requires } from '../common/access/field-access/field-rule.js';
import { mayReadOrganisation } from '../organisations/index.js';
import type { AllocationRequest } from './models/allocation-request.model.js';
import type { OrganisationScheduling } from './models/organisation-scheduling.model.js';

const organisationOf = {
  audience: 'callers with ORGANISATION_READ who may see this organisation',
  allow: ({ actor, parent }: { actor: Parameters<typeof mayReadOrganisation>[0]; parent: { organisationId: string } }) =>
    mayReadOrganisation(actor, parent.organisationId),
};

export const ALLOCATION_FIELD_RULES = [
  fieldRules<AllocationRequest>('AllocationRequest', {
    organisation: organisationOf,
    // A telemetry token reads the cluster, not the projects that run on it.
    project: requires('PROJECT_READ'),
    cardHours: requires('COMPUTE_READ'),
  }),
  fieldRules('AllocationSummary', { cardHours: requires('COMPUTE_READ') }),
  fieldRules<OrganisationScheduling>('OrganisationScheduling', {
    '*': requires('SCHEDULING_WRITE'),
    organisation: allOf(requires('SCHEDULING_WRITE'), organisationOf),
  }),
  fieldRules('UsageReport', { '*': requires('COMPUTE_READ') }),
  fieldRules('ProjectUsage', { '*': requires('COMPUTE_READ') }),
  fieldRules('DailyUsage', { '*': requires('COMPUTE_READ') }),
  fieldRules('AllocationChanged', {
    organisationId: reachable('the subscription delivers a tenant only its own events'),
  }),
  fieldRules('UrgentBudget', {
    '*': reachable('urgentBudget answers a founder only for their own organisation, staff for any'),
  }),
  fieldRules('SchedulingSnapshot', {
    ownOrganisationKey: reachable('the caller’s own key; other tenants are anonymised in the input'),
  }),
];
