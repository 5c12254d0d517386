import { fieldRules, peopleOnly, reachable, requires } from '../common/access/field-access/field-rule.js';
import { mayReadOrganisation } from '../organisations/index.js';
import { mayReadPerson } from '../users/index.js';
import type { UserEntity } from '../users/index.js';
import type { Adaptation } from './models/adaptation.model.js';
import type { ProjectTransition } from './models/project-transition.model.js';
import type { Project } from './models/project.model.js';
import type { Organisation } from '../organisations/index.js';

export const PROJECT_FIELD_RULES = fieldRules<Project>('Project', {
  organisation: {
    audience: 'callers with ORGANISATION_READ who may see this organisation',
    allow: ({ actor, parent }) => mayReadOrganisation(actor, parent.organisationId),
  },
  // Card-hours are usage: a read:projects token reads projects, not what they consume.
  allocationSummary: requires('COMPUTE_READ'),
  adaptation: reachable('the project’s own porting work; free of charge'),
  // What a founder plans to spend is for the founder and the centre's staff, not for BI tokens.
  budgetFen: peopleOnly('the applicant’s planned budget'),
});

export const PIPELINE_COLUMN_FIELD_RULES = fieldRules('PipelineColumn', {
  projects: reachable('the board holds only projects the caller may read (PIPELINE_READ, tenant-filtered)'),
});

/**
 * The audit trail names who moved a project. The person shows only to those who may see them
 * (themselves, USER_READ staff, colleagues); everyone else signed in gets the display name alone,
 * and API tokens get neither (no scope grants people).
 */
export const PROJECT_TRANSITION_FIELD_RULES = fieldRules<ProjectTransition>('ProjectTransition', {
  actor: {
    audience: 'those who may read the person (themselves, USER_READ staff, colleagues)',
    allowValue: ({ actor, ctx }, person: UserEntity) => mayReadPerson(actor, ctx, person),
  },
  actorName: peopleOnly('the audit trail says who, by name'),
});

export const ADAPTATION_FIELD_RULES = fieldRules<Adaptation>('Adaptation', {
  chargeFen: reachable('adaptation is free: always "0", part of the project it belongs to'),
});

/** Organisation.projects, the field projects add to organisations. */
export const ORGANISATION_PROJECTS_FIELD_RULES = fieldRules<Organisation>('Organisation', { projects: requires('PROJECT_READ') });
