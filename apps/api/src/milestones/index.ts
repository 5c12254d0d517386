/** The milestones feature's public surface: other folders import it from here only. */
export { milestonesFeature } from './milestones.feature.js';
export { isMilestoneAccepted } from './services/milestones.service.js';
