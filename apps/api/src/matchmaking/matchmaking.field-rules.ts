import { actorMay } from '../common/access/actor.js';
import { fieldRules, reachable, requires, type FieldRule } from '../common/access/field-access/field-rule.js';
import type { Introduction } from './models/introduction.model.js';
import type { MatchNeed } from './models/match-need.model.js';
import type { MatchResource, ResourceConflict } from './models/match-resource.model.js';
import type { NeedSuggestions, ScoredMatch } from './models/suggestions.model.js';

/**
 * Whom a startup keeps away from is the startup's and the managers' to read, not the owner's of a
 * resource proposed to it, who reaches the need through the introduction (and may be that very
 * competitor's partner or investor).
 */
const startupOrManager: FieldRule<MatchNeed> = {
  audience: 'members of the need’s startup, and callers with MATCHMAKING_MANAGE',
  allow: ({ actor, parent }) => actor !== null && (actor.organisationId === parent.organisationId || actorMay(actor, 'MATCHMAKING_MANAGE')),
};

/**
 * Needs and introductions are filtered at the root (founders: their organisation's; resource
 * owners: their resources' and those resources' needs), so what hangs off them is the caller's to
 * read, except the need's declared competitors. Conflicts of interest (an investor's portfolio,
 * declared relations) are the managers' alone.
 */
export const MATCHMAKING_FIELD_RULES = [
  fieldRules<MatchNeed>('MatchNeed', {
    organisationId: reachable('the need’s own startup, tenant-filtered at the root'),
    organisationName: reachable('the need’s own startup'),
    competitorOrganisationIds: startupOrManager,
    introductions: reachable('filtered again to the caller’s side'),
  }),
  fieldRules<MatchResource>('MatchResource', {
    ownerOrganisationId: reachable('who offers the resource: shown to both sides of its introductions'),
    conflicts: requires('MATCHMAKING_MANAGE'),
  }),
  fieldRules<ResourceConflict>('ResourceConflict', {
    organisationId: requires('MATCHMAKING_MANAGE'),
    organisationName: requires('MATCHMAKING_MANAGE'),
  }),
  fieldRules<Introduction>('Introduction', {
    organisationId: reachable('the introduction’s startup, tenant-filtered at the root'),
    organisationName: reachable('the introduction’s startup'),
    need: reachable('the need is read for the caller again (null when not theirs)'),
    resource: reachable('the resource proposed to the caller’s side'),
  }),
  fieldRules<{ competitorOrganisationIds: string[] }>('OrganisationCompetitorsPayload', {
    competitorOrganisationIds: reachable('the caller’s own organisation’s competitors (founders) or any (managers), checked by the mutation'),
  }),
  fieldRules<NeedSuggestions>('NeedSuggestions', { need: requires('MATCHMAKING_MANAGE') }),
  fieldRules<ScoredMatch>('ScoredMatch', { resource: requires('MATCHMAKING_MANAGE') }),
];
