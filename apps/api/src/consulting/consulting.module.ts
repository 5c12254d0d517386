import { Module } from '@nestjs/common';
import { AttachmentDownloadsController } from './attachments/attachment-downloads.controller.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { noVirusScan, VIRUS_SCANNER } from './attachments/virus-scan.port.js';
import { CLOCK, systemClock } from './clock.js';
import { ConsultingSetupResolver } from './consulting-setup.resolver.js';
import { PgBossSlaTimers, SlaTimerWorker } from './jobs/pg-boss-sla-timers.js';
import { SlaEscalation } from './jobs/sla-escalation.js';
import { SlaTimerRecovery } from './jobs/sla-timer-recovery.js';
import { SatisfactionReportService } from './services/satisfaction-report.service.js';
import { SatisfactionReportResolver } from './satisfaction-report.resolver.js';
import { ConsultingSetupService } from './services/consulting-setup.service.js';
import { TicketQueriesService } from './services/ticket-queries.service.js';
import { TicketsService } from './services/tickets.service.js';
import { SlaClock } from './sla/sla-clock.js';
import { SLA_TIMERS } from './sla/sla-timers.port.js';
import { calendarSourceOf, SLA_CALENDAR } from './sla/working-calendar.js';
import { WorkingCalendarModule, WorkingCalendarService } from '../working-calendar/index.js';
import { ConsultantGroupFieldsResolver, ConsultantGroupMemberFieldsResolver, KbArticleLinkFieldsResolver, TicketFieldsResolver, TicketMessageFieldsResolver } from './ticket-fields.resolver.js';
import { TicketsResolver } from './tickets.resolver.js';

@Module({
  imports: [WorkingCalendarModule],
  controllers: [AttachmentDownloadsController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: SLA_CALENDAR, useFactory: calendarSourceOf, inject: [WorkingCalendarService] },
    { provide: VIRUS_SCANNER, useValue: noVirusScan },
    { provide: SLA_TIMERS, useExisting: PgBossSlaTimers },
    PgBossSlaTimers, SlaTimerWorker, SlaTimerRecovery, SlaEscalation, SlaClock, TicketsService, TicketQueriesService, ConsultingSetupService, AttachmentsService, SatisfactionReportService,
    TicketsResolver, TicketFieldsResolver, TicketMessageFieldsResolver, KbArticleLinkFieldsResolver, ConsultantGroupFieldsResolver, ConsultantGroupMemberFieldsResolver, ConsultingSetupResolver, SatisfactionReportResolver,
  ],
})
export class ConsultingModule {}
