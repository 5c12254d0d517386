import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { NotificationsService } from '../../notifications/index.js';
import { MATCHMAKING_CLOCK, type Clock } from '../clock.js';
import { IntroductionEntity, MatchmakingSettingsEntity } from '../entities/introduction.entity.js';
import { factsOf, noticeIntroduction, sidePeople } from './introduction-notices.js';

const DAY_MS = 86_400_000;
const BATCH = 200;

/**
 * Reminds each side of a PROPOSED introduction that has not answered for N days (the setting),
 * once per N days: N days after the proposal, then N days after the last reminder. Each
 * introduction is taken under SKIP LOCKED, so several API processes never remind twice.
 */
@Injectable()
export class IntroductionRemindersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(MATCHMAKING_CLOCK) private readonly clock: Clock,
  ) {}

  async settings(): Promise<MatchmakingSettingsEntity> {
    return (await this.dataSource.getRepository(MatchmakingSettingsEntity).findOneBy({ id: 1 })) ?? { id: 1, reminderDays: 3 };
  }

  async setReminderDays(days: number): Promise<MatchmakingSettingsEntity> {
    if (!Number.isInteger(days) || days < 1 || days > 30) throw new DomainError(UserErrorCode.VALIDATION_FAILED, 'Reminders come every 1 to 30 days', ['reminderDays']);
    await this.dataSource.query('INSERT INTO matchmaking_settings (id, reminder_days) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET reminder_days = EXCLUDED.reminder_days', [days]);
    return this.settings();
  }

  /** Sends the reminders due at the clock's now; returns how many sides were reminded. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const { reminderDays } = await this.settings();
    const due = new Date(now.getTime() - reminderDays * DAY_MS);
    let reminded = 0;
    for (;;) {
      const sent = await this.dataSource.transaction(async (manager) => {
        const rows: IntroductionEntity[] = await manager.getRepository(IntroductionEntity).createQueryBuilder('i')
          .setLock('pessimistic_write').setOnLocked('skip_locked')
          .where(`i.status = 'PROPOSED'`)
          .andWhere(`((i.startup_answer IS NULL AND coalesce(i.startup_reminded_at, i.proposed_at) <= :due) OR (i.resource_answer IS NULL AND coalesce(i.resource_reminded_at, i.proposed_at) <= :due))`, { due })
          .orderBy('i.proposed_at').limit(BATCH).getMany();
        let count = 0;
        for (const intro of rows) {
          const people = await sidePeople(manager, intro.id);
          const facts = await factsOf(manager, intro.id);
          const startupDue = !intro.startupAnswer && (intro.startupRemindedAt ?? intro.proposedAt) <= due;
          const resourceDue = !intro.resourceAnswer && (intro.resourceRemindedAt ?? intro.proposedAt) <= due;
          const days = String(Math.floor((now.getTime() - intro.proposedAt.getTime()) / DAY_MS));
          if (startupDue) await noticeIntroduction(this.notifications, manager, facts, 'INTRODUCTION_REMINDER', people.startup, { days });
          if (resourceDue) await noticeIntroduction(this.notifications, manager, facts, 'INTRODUCTION_REMINDER', people.resource, { days });
          await manager.update(IntroductionEntity, { id: intro.id }, {
            ...(startupDue ? { startupRemindedAt: now } : {}), ...(resourceDue ? { resourceRemindedAt: now } : {}),
          });
          count += Number(startupDue) + Number(resourceDue);
        }
        return { count, rows: rows.length };
      });
      reminded += sent.count;
      if (sent.rows < BATCH) return reminded;
    }
  }
}
