import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { VouchersService } from './vouchers.service.js';

const EVERY_MS = 10 * 60 * 1000;

/**
 * Expires vouchers past their validity at start-up and every ten minutes. Running in several API
 * processes at once is safe: each voucher is expired once, under SKIP LOCKED, while still ACTIVE.
 */
@Injectable()
export class VoucherExpiry implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('VoucherExpiry');
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly vouchers: VouchersService) {}

  onApplicationBootstrap(): void {
    const tick = () => this.vouchers.expireDue().then(
      (n) => n > 0 && this.log.log(`expired ${n} voucher(s)`),
      (error: Error) => this.log.warn(`voucher expiry failed: ${error.message}`),
    );
    void tick();
    this.timer = setInterval(tick, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
