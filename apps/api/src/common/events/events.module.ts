import { Global, Module } from '@nestjs/common';
import { EventBus } from './event-bus.service.js';

/** Global: any feature publishes its events on, and listens to, the one bus of the process. */
@Global()
@Module({ providers: [EventBus], exports: [EventBus] })
export class EventsModule {}
