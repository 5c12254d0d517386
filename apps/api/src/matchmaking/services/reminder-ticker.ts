import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IntroductionRemindersService } from './reminders.service.js';

const EVERY_MS = 10 * 60 * 1000;

/**
 * Every ten minutes (and at start-up) sends the introduction reminders that fell due. Reminders
 * are days apart, so a ticker is enough: a missed tick only delays one by minutes, and the stamp
 * on the introduction (not the timer) decides what is due, so a restart never sends one twice.
 */
@Injectable()
export class IntroductionReminderTicker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('IntroductionReminders');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly reminders: IntroductionRemindersService) {}

  onApplicationBootstrap(): void {
    const tick = async () => {
      try {
        const n = await this.reminders.sendDue();
        if (n > 0) this.log.log(`introductions: ${n} reminder(s) sent`);
      } catch (error) {
        this.log.warn(`introduction reminders failed: ${(error as Error).message}`);
      }
    };
    void tick();
    this.timer = setInterval(() => void tick(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
