export { equityFeature } from './equity.feature.js';
export { seedDemoEquity } from './seed/equity-demo.seed.js';
