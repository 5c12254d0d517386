// The library's seeded PRNG, so generated workloads and time limits draw from the same code.
export { mulberry32 } from '@suanli/allocation';
