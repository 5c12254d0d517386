export { BENCH_WORLD, matchingInputArbitrary, sampleMatchingInput, type WorldSpec } from './generate-input.js';
