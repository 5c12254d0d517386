import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { SharedCaches } from './shared-caches.js';

/**
 * The per-request DataLoaders, by name. Empty here: each feature adds its own by declaration
 * merging (`declare module '../common/graphql/loaders.js' { interface Loaders { … } }` in its
 * manifest), so `ctx.loaders.projectById` is typed while common/ knows no feature.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by the features' declaration merging
export interface Loaders {}

/** What a loader factory may use; called once per request. */
export interface LoaderDeps {
  dataSource: DataSource;
  caches: SharedCaches;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a loader of any key and value type
export type LoaderFactory<L extends DataLoader<any, any> = DataLoader<any, any>> = (deps: LoaderDeps) => L;

/** The factories a feature contributes: only names it declared in `Loaders`, each of its declared type. */
export type LoaderFactories = { readonly [K in keyof Loaders]?: Loaders[K] extends DataLoader<infer Key, infer Value> ? LoaderFactory<DataLoader<Key, Value>> : never };

/** Fresh per request, so batching never leaks one caller's rows into another's cache. */
export function createLoaders(factories: readonly LoaderFactories[], deps: LoaderDeps): Loaders {
  const loaders: Record<string, unknown> = {};
  for (const contributed of factories) {
    for (const [name, factory] of Object.entries(contributed)) {
      if (name in loaders) throw new Error(`Two features contribute the loader "${name}"`);
      loaders[name] = (factory as LoaderFactory)(deps);
    }
  }
  return loaders as unknown as Loaders;
}
