import { fieldRules, peopleOnly, reachable } from '../common/access/field-access/field-rule.js';
import type { Project } from '../projects/index.js';
import type { MilestoneEvent } from './models/milestone.model.js';

/** Milestones ride on the project: whoever may read the project (PROJECT_READ, tenant-filtered) reads them. */
export const MILESTONE_FIELD_RULES = [
  fieldRules<Project>('Project', {
    milestones: reachable('the project’s own milestones'),
    nextMilestone: reachable('the project’s own milestones'),
    overdueMilestones: reachable('the project’s own milestones'),
    milestoneHistory: reachable('the project’s own milestone steps'),
  }),
  fieldRules<MilestoneEvent>('MilestoneEvent', { actorName: peopleOnly('the history says who, by name') }),
];
