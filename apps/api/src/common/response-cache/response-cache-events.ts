import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { EventBus } from '../events/event-bus.service.js';
import { RESPONSES_STALE, type EventTopic } from '../events/event-types.js';
import { ResponseCache } from './response-cache.service.js';

/** The topics whose delivery empties the response cache, as the features declare them. */
export const RESPONSE_STALENING_TOPICS = Symbol('RESPONSE_STALENING_TOPICS');

/** Keeps every process's response cache as fresh as the writes any process answered. */
@Injectable()
export class ResponseCacheEvents implements OnApplicationBootstrap {
  private staleInFlight: Promise<void> | null = null;
  private staleNext: Promise<void> | null = null;

  constructor(
    @Inject(EventBus) private readonly bus: EventBus,
    @Inject(ResponseCache) private readonly responseCache: ResponseCache,
    @Inject(RESPONSE_STALENING_TOPICS) private readonly staleningTopics: readonly EventTopic[],
  ) {}

  onApplicationBootstrap(): void {
    const topics: EventTopic[] = [RESPONSES_STALE, ...this.staleningTopics];
    for (const topic of topics) this.bus.on(topic, () => this.responseCache.invalidate());
    // Other processes' response caches must forget what this process's writes made stale.
    if (this.bus.crossProcess) this.responseCache.afterLocalWrite(() => this.announceStale());
  }

  /**
   * One RESPONSES_STALE notification for every write answered meanwhile: a write waits for a
   * notification sent after it committed (the next one if one is already on its way), so a burst
   * of writes costs a few NOTIFYs, not one each.
   */
  private announceStale(): Promise<void> {
    if (!this.staleInFlight) {
      this.staleInFlight = this.bus.publish([{ topic: RESPONSES_STALE, payload: { at: new Date().toISOString() } }]).finally(() => {
        this.staleInFlight = null;
      });
      return this.staleInFlight;
    }
    this.staleNext ??= this.staleInFlight.then(() => {
      this.staleNext = null;
      return this.announceStale();
    });
    return this.staleNext;
  }
}
