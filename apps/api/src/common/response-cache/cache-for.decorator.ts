import { Extensions } from '@nestjs/graphql';

/** The field extension the response cache reads (see response-cache.service.ts). */
export const RESPONSE_CACHE_MAX_AGE = 'responseCacheMaxAgeS';
export const RESPONSE_CACHE_NEUTRAL = 'responseCacheNeutral';

/**
 * Marks a read-only root query whose whole response may be served again to the same caller for
 * up to `seconds`. Only for lists and pages that tolerate that much staleness: every mutation and
 * every allocation event empties the cache sooner (ADR 0006).
 */
export function CacheFor(seconds: number): MethodDecorator {
  if (!(seconds > 0 && seconds <= 60)) throw new Error(`CacheFor(${seconds}): between 0 and 60 seconds`);
  return Extensions({ [RESPONSE_CACHE_MAX_AGE]: seconds }) as MethodDecorator;
}

/**
 * Marks a mutation that changes nothing a cached page shows (signing in), so it does not empty
 * every process's response cache. Every other mutation does.
 */
export function CacheNeutral(): MethodDecorator {
  return Extensions({ [RESPONSE_CACHE_NEUTRAL]: true }) as MethodDecorator;
}
