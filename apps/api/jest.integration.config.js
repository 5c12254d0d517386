import { sharedJestConfig } from '../../jest.config.js';

/** Service tests against a real PostgreSQL (DATABASE_URL) or the embedded one, migrated once. */
export default {
  ...sharedJestConfig,
  rootDir: '../..',
  displayName: 'integration',
  testMatch: ['<rootDir>/apps/api/src/**/__tests__/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/apps/api/test/integration-global-setup.mjs',
  globalTeardown: '<rootDir>/apps/api/test/integration-global-teardown.mjs',
  testTimeout: 60_000,
};
