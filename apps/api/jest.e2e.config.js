import { sharedJestConfig } from '../../jest.config.js';

/** GraphQL API tests over HTTP against the built server running as a real process. */
export default {
  ...sharedJestConfig,
  rootDir: '../..',
  displayName: 'e2e',
  testMatch: ['<rootDir>/apps/api/e2e/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
