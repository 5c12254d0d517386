/** The matchmaking feature's public surface: other folders import it from here only. */
export { matchmakingFeature } from './matchmaking.feature.js';
export { seedDemoMatchmaking } from './seed/matchmaking-demo.seed.js';
