import type { Resource } from './resources';

// Vite-only: a new module's i18n folder is picked up without editing any list. Jest (outside Vite)
// reads the same files from disk in i18n/__tests__/resource-files.ts.
export const RESOURCE_FILES = import.meta.glob<Resource>(['../shared/i18n/*.json', '../modules/*/i18n/*.json'], {
  eager: true,
  import: 'default',
});
