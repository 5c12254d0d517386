import { LRUCache } from 'lru-cache';
import type { AllocationSummaryRow } from '../../allocations/loaders/allocation-summary-by-project.loader.js';
import type { OrganisationEntity } from '../../organisations/entities/organisation.entity.js';

/**
 * Short-lived caches shared across requests for the read-heavy list pages. Keys are ids the
 * caller already reached through a tenant-checked root field, so sharing leaks nothing; values
 * may be up to `ttl` old, which the fields that use them document.
 */
export function createSharedCaches() {
  return {
    allocationSummaries: new LRUCache<string, AllocationSummaryRow>({ max: 20_000, ttl: 2_000 }),
    organisations: new LRUCache<string, OrganisationEntity>({ max: 5_000, ttl: 5_000 }),
  };
}

export type SharedCaches = ReturnType<typeof createSharedCaches>;

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
