export { equityFeature } from './equity.feature.js';
