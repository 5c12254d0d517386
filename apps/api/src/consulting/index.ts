/** The consulting feature's public surface: other folders import it from here only. */
export { consultingFeature } from './consulting.feature.js';
export { seedDemoConsulting } from './seed/consulting-demo.seed.js';
