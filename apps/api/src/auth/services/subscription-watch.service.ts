import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../common/access/actor.js';
import { CredentialChanges } from './credential-changes.service.js';
import { LiveCredentials } from './live-credentials.service.js';

/** graphql-ws close codes, after HTTP's: the credential expired (sign in again) or was revoked. */
export const CLOSE_CREDENTIAL_EXPIRED = 4401;
export const CLOSE_CREDENTIAL_REVOKED = 4403;

/** How often open subscriptions are re-checked even without a change notice (edits straight in the database). */
export const SUBSCRIPTION_RECHECK_MS = 30_000;

/** The part of a ws socket we need. */
export interface WatchedSocket {
  readyState: number;
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

interface Watched {
  actor: Actor;
  expiryTimer: NodeJS.Timeout | null;
}

/**
 * Open graphql-ws connections and the credential each authenticated with: a connection closes
 * when its session or token expires (a timer) or is revoked, deactivated or changes rights
 * (re-checked on every credential change notice and every SUBSCRIPTION_RECHECK_MS).
 */
@Injectable()
export class SubscriptionWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionWatch.name);
  private readonly open = new Map<WatchedSocket, Watched>();
  private recheckTimer: NodeJS.Timeout | null = null;
  private recheckRunning: Promise<void> | null = null;
  private recheckAgain = false;

  constructor(
    @Inject(LiveCredentials) private readonly live: LiveCredentials,
    @Inject(CredentialChanges) changes: CredentialChanges,
  ) {
    changes.onChange(() => void this.recheck());
  }

  onModuleInit(): void {
    this.recheckTimer = setInterval(() => void this.recheck(), SUBSCRIPTION_RECHECK_MS);
    this.recheckTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.recheckTimer) clearInterval(this.recheckTimer);
    for (const watched of this.open.values()) if (watched.expiryTimer) clearTimeout(watched.expiryTimer);
    this.open.clear();
  }

  /** Idempotent: called for each subscription a connection starts. */
  watch(socket: WatchedSocket, actor: Actor): void {
    if (this.open.has(socket)) return;
    const watched: Watched = { actor, expiryTimer: null };
    if (actor.expiresAt) {
      // setTimeout holds at most ~24.8 days; a longer-lived token is caught by a later re-check.
      const delay = Math.min(actor.expiresAt.getTime() - Date.now(), 2 ** 31 - 1);
      watched.expiryTimer = setTimeout(() => this.close(socket, CLOSE_CREDENTIAL_EXPIRED, 'Credential expired'), Math.max(delay, 0));
      watched.expiryTimer.unref();
    }
    this.open.set(socket, watched);
    socket.once('close', () => this.forget(socket));
  }

  /** Number of connections watched (for tests and logs). */
  get size(): number {
    return this.open.size;
  }

  private recheck(): Promise<void> {
    // One re-check at a time; a notice arriving meanwhile may concern a connection already
    // checked, so it asks for one more pass right after.
    if (this.recheckRunning) {
      this.recheckAgain = true;
      return this.recheckRunning;
    }
    this.recheckRunning = (async () => {
      do {
        this.recheckAgain = false;
        await this.recheckAll();
      } while (this.recheckAgain);
    })().finally(() => {
      this.recheckRunning = null;
    });
    return this.recheckRunning;
  }

  private async recheckAll(): Promise<void> {
    for (const [socket, watched] of [...this.open]) {
      try {
        if (!(await this.live.stillLive(watched.actor))) this.close(socket, CLOSE_CREDENTIAL_REVOKED, 'Credential revoked');
      } catch (error) {
        this.logger.warn(`subscription re-check failed: ${(error as Error).message}`);
      }
    }
  }

  private close(socket: WatchedSocket, code: number, reason: string): void {
    this.forget(socket);
    if (socket.readyState <= 1) socket.close(code, reason);
  }

  private forget(socket: WatchedSocket): void {
    const watched = this.open.get(socket);
    if (watched?.expiryTimer) clearTimeout(watched.expiryTimer);
    this.open.delete(socket);
  }
}
