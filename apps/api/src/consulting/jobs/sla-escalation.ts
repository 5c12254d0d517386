import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationsService } from '../../notifications/index.js';
import { CLOCK, type Clock } from '../clock.js';
import { noticeOf, workspaceLink } from '../services/ticket-notices.js';
import { TicketEscalationEntity, TicketSlaPauseEntity, TicketSlaTargetEntity } from '../entities/sla.entities.js';
import { TicketEntity } from '../entities/ticket.entity.js';
import { SlaClock } from '../sla/sla-clock.js';
import { slaWarningMinutes } from '@suanli/domain';
import { slaTargetView } from '../sla/sla-targets.js';
import type { SlaTimerJob } from '../sla/sla-timers.port.js';
import { SLA_CALENDAR, type SlaCalendarSource } from '../sla/working-calendar.js';
import { raisedPriority } from '../ticket-rules.js';

export type SlaJobOutcome = 'STALE' | 'EARLY' | 'WARNED' | 'ESCALATED';

/**
 * What an SLA timer does when it fires. It trusts nothing in the job but the ticket and target
 * it names: the ticket's state is read again under a row lock, so a job made stale by a reply,
 * a pause or an earlier run does nothing, and two processes running the same job escalate once.
 */
@Injectable()
export class SlaEscalation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SLA_CALENDAR) private readonly calendars: SlaCalendarSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly sla: SlaClock,
    @Inject(NotificationsService) notifications: NotificationsService,
  ) {
    this.notice = noticeOf(notifications);
  }

  private readonly notice: ReturnType<typeof noticeOf>;

  run(job: Pick<SlaTimerJob, 'ticketId' | 'kind' | 'phase'>, now: Date = this.clock.now()): Promise<SlaJobOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const ticket = await manager.getRepository(TicketEntity).createQueryBuilder('t').setLock('pessimistic_write').where('t.id = :id', { id: job.ticketId }).getOne();
      const target = ticket && (await manager.getRepository(TicketSlaTargetEntity).findOneBy({ ticketId: job.ticketId, kind: job.kind }));
      if (!ticket || !target || target.metAt) return 'STALE';
      const pauses = await manager.getRepository(TicketSlaPauseEntity).findBy({ ticketId: job.ticketId });
      const view = slaTargetView(await this.calendars.calendar(manager), target, pauses, now);
      if (view.state === 'PAUSED') return 'STALE';
      if (job.phase === 'WARNING') {
        if (target.warnedAt || view.usedMinutes < slaWarningMinutes(target.targetMinutes)) return 'STALE';
        await manager.update(TicketSlaTargetEntity, { ticketId: job.ticketId, kind: job.kind }, { warnedAt: now });
        await this.notice(manager, ticket, 'SLA_WARNING', [ticket.assigneeId], workspaceLink(ticket.id));
        return 'WARNED';
      }
      if (target.breachedAt) return 'STALE';
      if (view.minutesLeft > 0) {
        // Fired before the deadline (the database clock runs ahead of ours): enqueue it again.
        await this.sla.reschedule(manager, ticket.id, now);
        return 'EARLY';
      }
      await manager.update(TicketSlaTargetEntity, { ticketId: job.ticketId, kind: job.kind }, { breachedAt: now, warnedAt: target.warnedAt ?? now });
      const priorityAfter = raisedPriority(ticket.priority);
      await manager.update(TicketEntity, { id: ticket.id }, { priority: priorityAfter, updatedAt: now });
      const told: { id: string }[] = await manager.query(
        `SELECT lead_user_id AS id FROM consultant_groups WHERE category = $1
         UNION SELECT id FROM users WHERE role = 'MANAGER' AND deactivated_at IS NULL`,
        [ticket.category],
      );
      const notifiedUserIds = told.map((u) => u.id);
      await manager.insert(TicketEscalationEntity, { ticketId: ticket.id, kind: job.kind, at: now, priorityBefore: ticket.priority, priorityAfter, notifiedUserIds });
      await this.notice(manager, ticket, 'SLA_BREACHED', notifiedUserIds, workspaceLink(ticket.id));
      return 'ESCALATED';
    });
  }
}
