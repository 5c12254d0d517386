import { LRUCache } from 'lru-cache';

/**
 * Short-lived caches shared across requests for the read-heavy list pages, by name. Keys are ids
 * the caller already reached through a tenant-checked root field, so sharing leaks nothing; values
 * may be up to `ttl` old, which the fields that use them document. Each feature adds its own by
 * declaration merging, as with `Loaders`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- filled by the features' declaration merging
export interface SharedCaches {}

/** How a feature declares one shared cache: how to make it, and when its rows go stale. */
export interface SharedCacheSpec<C extends { clear(): void }> {
  create(): C;
  /** Emptied whenever the response cache is (after any write, here or in another process). */
  clearOnWrite: boolean;
}

export type SharedCacheSpecs = { readonly [K in keyof SharedCaches]?: SharedCaches[K] extends { clear(): void } ? SharedCacheSpec<SharedCaches[K]> : never };

/** A bounded, short-lived cache of rows by id, emptied after every write. */
export function rowCache<V extends object>(options: { max: number; ttlMs: number }): SharedCacheSpec<LRUCache<string, V>> {
  return { create: () => new LRUCache<string, V>({ max: options.max, ttl: options.ttlMs }), clearOnWrite: true };
}

/** One instance of every declared cache for the process, and the function that empties the stale ones. */
export function createSharedCaches(specs: readonly SharedCacheSpecs[]): { caches: SharedCaches; clearOnWrite(): void } {
  const caches: Record<string, { clear(): void }> = {};
  const clearedOnWrite: { clear(): void }[] = [];
  for (const contributed of specs) {
    for (const [name, spec] of Object.entries(contributed) as [string, SharedCacheSpec<{ clear(): void }>][]) {
      if (name in caches) throw new Error(`Two features contribute the shared cache "${name}"`);
      caches[name] = spec.create();
      if (spec.clearOnWrite) clearedOnWrite.push(caches[name]);
    }
  }
  return { caches: caches as unknown as SharedCaches, clearOnWrite: () => clearedOnWrite.forEach((cache) => cache.clear()) };
}

/** Loads the ids a cache misses with one batched call, and fills the cache. */
export async function throughCache<V extends object>(
  cache: LRUCache<string, V>,
  ids: readonly string[],
  load: (missing: string[]) => Promise<Map<string, V>>,
): Promise<(V | null)[]> {
  const missing = ids.filter((id) => !cache.has(id));
  if (missing.length > 0) {
    const loaded = await load([...new Set(missing)]);
    for (const [id, value] of loaded) cache.set(id, value);
    return ids.map((id) => cache.get(id) ?? loaded.get(id) ?? null);
  }
  return ids.map((id) => cache.get(id) ?? null);
}
