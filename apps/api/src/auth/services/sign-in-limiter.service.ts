import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { apiError } from '../../common/errors/api-errors.js';
import { ErrorCode } from '../../common/errors/error-codes.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import type { SignInFailureReason } from '../entities/sign-in-failure.entity.js';

/** Reasons that count towards the limits; THROTTLED rows are kept for the record only. */
const COUNTED = `reason <> 'THROTTLED'`;

interface Counts {
  account_n: number;
  account_last: Date | null;
  ip_n: number;
  ip_last: Date | null;
  now: Date;
}

/** Whether a try may go ahead, and if not, in how many seconds it may. */
export function retryAfterSeconds(counts: Counts, limits: AppConfig['signInLimits']): number | null {
  const now = counts.now.getTime();
  const until: number[] = [];
  if (counts.ip_n >= limits.ipLockAfter && counts.ip_last) until.push(counts.ip_last.getTime() + limits.lockSeconds * 1000);
  if (counts.account_last) {
    const last = counts.account_last.getTime();
    if (counts.account_n >= limits.accountLockAfter) until.push(last + limits.lockSeconds * 1000);
    else if (counts.account_n >= limits.accountDelayAfter) until.push(last + 1000 * 2 ** (counts.account_n - limits.accountDelayAfter));
  }
  const latest = Math.max(...until, now);
  return latest > now ? Math.ceil((latest - now) / 1000) : null;
}

/**
 * Per-account and per-IP sign-in limits kept in PostgreSQL, so they hold across API processes.
 * The check and the record of the attempt happen in one transaction under advisory locks on the
 * IP and the email, before the password is verified: parallel guesses each see the ones before
 * them, and a locked account is refused without its password being tried at all.
 */
@Injectable()
export class SignInLimiter implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SignInLimiter.name);
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    // Rows older than twice the window and the lock decide nothing any more.
    this.pruneTimer = setInterval(() => void this.prune(), 10 * 60_000);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
  }

  /** Records a pending attempt and returns its id, or throws TOO_MANY_ATTEMPTS (recorded as THROTTLED). */
  async admit(email: string, ip: string): Promise<string> {
    const limits = this.config.signInLimits;
    const { id, retryAfter } = await this.dataSource.transaction(async (manager) => {
      // Always IP first, then email: one order everywhere, so two sign-ins never deadlock.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in-ip:' || $1, 0))`, [ip]);
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('sign-in-email:' || $1, 0))`, [email]);
      // clock_timestamp(), not now(): now() is when this transaction began, maybe long before it got the locks.
      // Counted over the lock's length too, so a lock longer than the window lasts its full length.
      const window = Math.max(limits.windowSeconds, limits.lockSeconds);
      const [counts] = (await manager.query(
        `WITH account AS (
           SELECT count(*)::int AS n, max(at) AS last FROM sign_in_failures
            WHERE email = $1 AND cleared_at IS NULL AND ${COUNTED} AND at > clock_timestamp() - make_interval(secs => $3)
         ), by_ip AS (
           SELECT count(*)::int AS n, max(at) AS last FROM sign_in_failures
            WHERE ip = $2 AND ${COUNTED} AND at > clock_timestamp() - make_interval(secs => $3)
         )
         SELECT account.n AS account_n, account.last AS account_last, by_ip.n AS ip_n, by_ip.last AS ip_last, clock_timestamp() AS now
           FROM account, by_ip`,
        [email, ip, window],
      )) as Counts[];
      const retryAfter = retryAfterSeconds(
        {
          account_n: Number(counts.account_n),
          account_last: counts.account_last && new Date(counts.account_last),
          ip_n: Number(counts.ip_n),
          ip_last: counts.ip_last && new Date(counts.ip_last),
          now: new Date(counts.now),
        },
        limits,
      );
      const [row] = (await manager.query(`INSERT INTO sign_in_failures (email, ip, reason, at) VALUES ($1, $2, $3, clock_timestamp()) RETURNING id`, [
        email,
        ip,
        retryAfter === null ? 'PENDING' : 'THROTTLED',
      ])) as { id: string }[];
      return { id: row.id, retryAfter };
    });
    if (retryAfter !== null) {
      this.logger.warn(`sign-in refused for ${email} from ${ip}: retry after ${retryAfter} s`);
      throw apiError(ErrorCode.TOO_MANY_ATTEMPTS, `Too many failed sign-ins; try again in ${retryAfter} s`, {
        retryAfterSeconds: retryAfter,
      });
    }
    return id;
  }

  /** The password was wrong (or the account unknown or deactivated): the pending try counts from now on. */
  async failed(attemptId: string, reason: Exclude<SignInFailureReason, 'PENDING' | 'THROTTLED'>): Promise<void> {
    await this.dataSource.query(`UPDATE sign_in_failures SET reason = $2 WHERE id = $1`, [attemptId, reason]);
  }

  /** A successful sign-in is no failure, and it forgives the account's earlier ones (not the IP's). */
  async succeeded(attemptId: string, email: string): Promise<void> {
    await this.dataSource.query(
      `WITH gone AS (DELETE FROM sign_in_failures WHERE id = $1)
       UPDATE sign_in_failures SET cleared_at = now() WHERE email = $2 AND cleared_at IS NULL AND id <> $1`,
      [attemptId, email],
    );
  }

  private async prune(): Promise<void> {
    const limits = this.config.signInLimits;
    const keep = 2 * Math.max(limits.windowSeconds, limits.lockSeconds);
    await this.dataSource
      .query(`DELETE FROM sign_in_failures WHERE at < now() - make_interval(secs => $1)`, [keep])
      .catch((error: Error) => this.logger.warn(`could not prune sign-in failures: ${error.message}`));
  }
}
