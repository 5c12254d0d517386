import { Module } from '@nestjs/common';
import { EventBus } from '../events/event-bus.service.js';
import { SchedulerService } from './scheduler.service.js';

@Module({ providers: [EventBus, SchedulerService], exports: [EventBus, SchedulerService] })
export class SchedulerModule {}
