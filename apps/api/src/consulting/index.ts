/** The consulting feature's public surface: other folders import it from here only. */
export { consultingFeature } from './consulting.feature.js';
