import { Module } from '@nestjs/common';
import { WorkingCalendarService } from './services/working-calendar.service.js';
import { WorkingCalendarResolver } from './working-calendar.resolver.js';

/** Import it to inject WorkingCalendarService (the SLA clock's calendar). */
@Module({ providers: [WorkingCalendarService, WorkingCalendarResolver], exports: [WorkingCalendarService] })
export class WorkingCalendarModule {}
