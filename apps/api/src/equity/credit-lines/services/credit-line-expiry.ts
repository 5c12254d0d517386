import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { CreditLinesService } from './credit-lines.service.js';

const EVERY_MS = 60 * 1000;

/**
 * Every minute (and at start-up): closes credit lines past their expiry and stamps the release of
 * tranches whose stage, milestone or date condition came true. Safe in several API processes at
 * once: each line is taken under SKIP LOCKED.
 */
@Injectable()
export class CreditLineExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('CreditLineExpiry');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly lines: CreditLinesService) {}

  onApplicationBootstrap(): void {
    // Each job on its own: a failing expiry must not stop releases being stamped, nor the reverse.
    const tick = async () => {
      for (const [what, job] of [['expiry', () => this.lines.expireDue()], ['release', () => this.lines.refreshReleases()]] as const) {
        try {
          const n = await job();
          if (n > 0) this.log.log(`credit lines: ${n} ${what === 'expiry' ? 'expired' : 'tranche(s) released'}`);
        } catch (error) {
          this.log.warn(`credit line ${what} failed: ${(error as Error).message}`);
        }
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
