import { DynamicModule, Global, Module } from '@nestjs/common';
import type { EventTopic } from '../events/event-types.js';
import { RESPONSE_STALENING_TOPICS, ResponseCacheEvents } from './response-cache-events.js';
import { ResponseCache } from './response-cache.service.js';

@Global()
@Module({})
export class ResponseCacheModule {
  /** `emptiedBy`: the event topics whose delivery empties the cache (the features' declarations). */
  static forRoot(options: { emptiedBy: readonly EventTopic[] }): DynamicModule {
    return {
      module: ResponseCacheModule,
      providers: [ResponseCache, ResponseCacheEvents, { provide: RESPONSE_STALENING_TOPICS, useValue: options.emptiedBy }],
      exports: [ResponseCache],
    };
  }
}
