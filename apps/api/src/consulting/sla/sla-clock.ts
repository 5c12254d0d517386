import { Inject, Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { SlaPolicyEntity, TicketSlaPauseEntity, TicketSlaTargetEntity } from '../entities/sla.entities.js';
import type { TicketEntity } from '../entities/ticket.entity.js';
import { clockPausedIn, type TicketStatus } from '../ticket-rules.js';
import { slaTargetView, type SlaTargetView } from './sla-targets.js';
import { SLA_TIMERS, type SlaTimerJob, type SlaTimers } from './sla-timers.port.js';
import { SLA_CALENDAR, type SlaCalendarSource } from './working-calendar.js';

/**
 * Keeps a ticket's SLA targets in step with its life, inside the caller's transaction: starts
 * them on open, pauses while waiting for the customer or resolved, stamps them met, and after
 * every change enqueues the warning and breach timers of each running target.
 */
@Injectable()
export class SlaClock {
  constructor(
    @Inject(SLA_CALENDAR) private readonly calendars: SlaCalendarSource,
    @Inject(SLA_TIMERS) private readonly timers: SlaTimers,
  ) {}

  async start(manager: EntityManager, ticket: TicketEntity, now: Date): Promise<void> {
    const policy = await manager.getRepository(SlaPolicyEntity).findOneBy({ category: ticket.category, priority: ticket.priority });
    if (!policy) return;
    await manager.insert(TicketSlaTargetEntity, [
      { ticketId: ticket.id, kind: 'FIRST_RESPONSE', targetMinutes: policy.firstResponseMinutes, startedAt: now },
      { ticketId: ticket.id, kind: 'RESOLUTION', targetMinutes: policy.resolutionMinutes, startedAt: now },
    ]);
    await this.reschedule(manager, ticket.id, now);
  }

  async firstResponse(manager: EntityManager, ticketId: string, now: Date): Promise<void> {
    await manager.query(`UPDATE ticket_sla_targets SET met_at = $2 WHERE ticket_id = $1 AND kind = 'FIRST_RESPONSE' AND met_at IS NULL`, [ticketId, now]);
  }

  async statusChanged(manager: EntityManager, ticketId: string, from: TicketStatus, to: TicketStatus, now: Date): Promise<void> {
    if (clockPausedIn(to) && !clockPausedIn(from)) await manager.insert(TicketSlaPauseEntity, { ticketId, startedAt: now, endedAt: null });
    if (!clockPausedIn(to) && clockPausedIn(from)) {
      await manager.query('UPDATE ticket_sla_pauses SET ended_at = $2 WHERE ticket_id = $1 AND ended_at IS NULL', [ticketId, now]);
    }
    if (to === 'RESOLVED' || to === 'CLOSED') {
      // Resolving answers the founder too, so a ticket resolved without a reply met both targets.
      await manager.query('UPDATE ticket_sla_targets SET met_at = $2 WHERE ticket_id = $1 AND met_at IS NULL', [ticketId, now]);
    }
    if (to === 'OPEN' && (from === 'RESOLVED' || from === 'CLOSED')) {
      await manager.query(`UPDATE ticket_sla_targets SET met_at = NULL WHERE ticket_id = $1 AND kind = 'RESOLUTION'`, [ticketId]);
    }
    await this.reschedule(manager, ticketId, now);
  }

  /** Every target of the ticket as it stands at `now`. */
  async views(manager: EntityManager, ticketId: string, now: Date): Promise<SlaTargetView[]> {
    return (await this.viewsOf(manager, [ticketId], now)).get(ticketId) ?? [];
  }

  /** The same for many tickets in three queries (the queue sorts hundreds by time to breach). */
  async viewsOf(manager: EntityManager, ticketIds: readonly string[], now: Date): Promise<Map<string, SlaTargetView[]>> {
    const views = new Map<string, SlaTargetView[]>(ticketIds.map((id) => [id, []]));
    if (ticketIds.length === 0) return views;
    const ids = [...ticketIds];
    const targets = await manager.getRepository(TicketSlaTargetEntity).find({ where: { ticketId: In(ids) }, order: { ticketId: 'ASC', kind: 'ASC' } });
    const pauses = new Map<string, TicketSlaPauseEntity[]>();
    for (const pause of await manager.getRepository(TicketSlaPauseEntity).findBy({ ticketId: In(ids) })) {
      pauses.set(pause.ticketId, [...(pauses.get(pause.ticketId) ?? []), pause]);
    }
    const calendar = await this.calendars.calendar(manager);
    for (const t of targets) views.get(t.ticketId)!.push(slaTargetView(calendar, t, pauses.get(t.ticketId) ?? [], now));
    return views;
  }

  /** One warning and one breach job per running target; stale ones find nothing to do when they run. */
  async reschedule(manager: EntityManager, ticketId: string, now: Date): Promise<void> {
    const jobs = timerJobsOf(ticketId, await this.views(manager, ticketId, now));
    if (jobs.length) await this.timers.schedule(manager, jobs);
  }
}

/**
 * The timers a ticket's targets need now: a warning not yet sent and a breach not yet escalated,
 * for each target still running. One already due (say, the process was down then) runs at once.
 */
export function timerJobsOf(ticketId: string, views: readonly SlaTargetView[]): SlaTimerJob[] {
  const jobs: SlaTimerJob[] = [];
  for (const view of views) {
    if (view.metAt || view.state === 'PAUSED' || view.deadline === null) continue;
    if (view.warningAt && !view.warnedAt) jobs.push({ ticketId, kind: view.kind, phase: 'WARNING', runAt: view.warningAt });
    if (!view.breachedAt) jobs.push({ ticketId, kind: view.kind, phase: 'BREACH', runAt: view.deadline });
  }
  return jobs;
}
