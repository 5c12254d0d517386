import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PERMISSIONS } from '@suanli/domain';
import { getMetadataArgsStorage } from 'typeorm';
import { isResolverClass } from '../common/feature/define-feature.js';
import { COMMON_USER_ERROR_CODES } from '../common/errors/common-error-codes.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { createLoaders } from '../common/graphql/loaders.js';
import { createSharedCaches } from '../common/graphql/shared-caches.js';
import { ENTITIES, FEATURES, LOADER_FACTORIES, RESOLVERS, RESPONSE_STALENING_TOPICS, SHARED_CACHES } from '../features.js';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Every exported class of the source files that contain `marker`, by file. */
async function exportedClassesOf(marker: RegExp): Promise<{ file: string; value: unknown }[]> {
  const files = sourceFiles(SRC).filter((file) => marker.test(readFileSync(file, 'utf8')));
  const loaded = await Promise.all(files.map(async (file) => ({ file: relative(SRC, file), module: (await import(file)) as Record<string, unknown> })));
  return loaded.flatMap(({ file, module }) => Object.values(module).map((value) => ({ file, value })));
}

/** The app's lists are derived from the manifests; these prove nothing escapes them. */
describe('feature manifests', () => {
  it('serve every @Resolver class in src (one left out of its module would be missing from the schema)', async () => {
    const resolvers = (await exportedClassesOf(/@Resolver\(/)).filter(({ value }) => isResolverClass(value));
    expect(resolvers.length).toBeGreaterThan(10);
    const unserved = resolvers.filter(({ value }) => !RESOLVERS.includes(value as never)).map(({ file, value }) => `${file}: ${(value as { name: string }).name}`);
    expect(unserved).toEqual([]);
    expect(new Set(RESOLVERS).size).toBe(RESOLVERS.length);
  });

  it('list every @Entity class in src', async () => {
    await exportedClassesOf(/@Entity\(/);
    const declared = getMetadataArgsStorage().tables.map((t) => t.target).filter((t): t is () => void => typeof t === 'function');
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((entity) => !ENTITIES.includes(entity)).map((e) => e.name)).toEqual([]);
  });

  it('are one per feature folder, named after it', () => {
    const folders = readdirSync(SRC).filter(isFeatureFolder);
    expect(FEATURES.map((f) => f.name).sort()).toEqual(folders.sort());
  });

  it('give every userErrors code exactly one owner: common or one feature', () => {
    const owners = [...COMMON_USER_ERROR_CODES, ...FEATURES.flatMap((f) => ('errorCodes' in f ? f.errorCodes : []))];
    expect([...owners].sort()).toEqual(Object.values(UserErrorCode).sort());
  });

  it('give every permission exactly one owning feature', () => {
    const owners = FEATURES.flatMap((f) => ('permissions' in f ? f.permissions : []));
    expect([...owners].sort()).toEqual([...PERMISSIONS].sort());
  });

  it('contribute loaders and shared caches by distinct names, built per request', () => {
    const { caches } = createSharedCaches(SHARED_CACHES);
    const loaders = createLoaders(LOADER_FACTORIES, { dataSource: {} as never, caches });
    expect(Object.keys(loaders).sort()).toEqual(['adaptationByProject', 'allocationSummaryByProject', 'matchResourceById', 'milestoneEventsByProject', 'milestonesByProject', 'organisationById', 'projectById', 'transitionsByProject', 'userById']);
    expect(Object.keys(caches).sort()).toEqual(['allocationSummaries', 'organisations']);
    expect(() => createLoaders([...LOADER_FACTORIES, LOADER_FACTORIES[0]], { dataSource: {} as never, caches })).toThrow(/Two features contribute/);
  });

  it('empty the response cache on the topics the features declare so', () => {
    expect(RESPONSE_STALENING_TOPICS).toEqual(['ALLOCATION_CHANGED', 'NOTIFICATION_ADDED']);
  });
});

/** A feature folder is one with a `<name>.feature.ts` manifest. */
function isFeatureFolder(name: string): boolean {
  const path = join(SRC, name);
  return statSync(path).isDirectory() && readdirSync(path).includes(`${name}.feature.ts`);
}
