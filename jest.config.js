// Jest runs in ESM mode (NODE_OPTIONS=--experimental-vm-modules) because NestJS 12 is ESM-only.
import { readFileSync } from 'node:fs';

const swc = JSON.parse(readFileSync(new URL('./.swcrc.jest.json', import.meta.url), 'utf8'));

const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false }] },
  moduleNameMapper: {
    '^@suanli/(domain|allocation|matching)$': '<rootDir>/libs/$1/src/index.ts',
    '^@suanli/matching/tags$': '<rootDir>/libs/matching/src/scoring/tags.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  rootDir: '.',
};

export const sharedJestConfig = shared;

/** Unit tests: pure code beside its source, no database or network. */
export default {
  ...shared,
  displayName: 'unit',
  testMatch: ['<rootDir>/{apps,libs,tools}/**/__tests__/**/*.spec.ts'],
};
