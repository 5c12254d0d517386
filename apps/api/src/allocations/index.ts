/** The allocations feature's public surface: other folders import it from here only. */
export { allocationsFeature } from './allocations.feature.js';
export { runSchedulingPass } from './scheduler/scheduling-pass.js';
