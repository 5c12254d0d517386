import { fieldRules, reachable, requires, type FieldRule } from '../common/access/field-access/field-rule.js';
import { mayReadOrganisation } from '../organisations/index.js';
import type { CardHolder } from './models/cluster.model.js';

/** The grid already blanks another tenant's holder for founders; tokens without the scope get null too. */
const holderOrganisation: FieldRule<CardHolder> = {
  audience: 'callers who may see the holding organisation',
  allow: ({ actor, parent }) => parent.organisationId === null || mayReadOrganisation(actor, parent.organisationId),
};

export const COMPUTE_FIELD_RULES = [
  fieldRules('Card', { holder: reachable('a foreign holder shows only as occupied (ClusterViewService)') }),
  fieldRules<CardHolder>('CardHolder', {
    organisationId: holderOrganisation,
    organisationName: holderOrganisation,
    projectName: requires('PROJECT_READ'),
  }),
];
