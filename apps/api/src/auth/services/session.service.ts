import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { SessionEntity } from '../entities/session.entity.js';
import { CredentialChanges } from './credential-changes.service.js';

/** What a session JWT carries: who, and which session row. Rights are read from the database. */
export interface SessionClaims {
  sub: string;
  sid: string;
}

export interface SessionOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** Ended sessions are kept this long (for who-was-signed-in questions), then deleted. */
const KEEP_ENDED_SESSIONS_DAYS = 30;

@Injectable()
export class SessionService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SessionService.name);
  private pruneTimer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(CredentialChanges) private readonly changes: CredentialChanges,
  ) {}

  onModuleInit(): void {
    this.pruneTimer = setInterval(() => void this.prune(), 60 * 60_000);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
  }

  /** A new session row and its JWT; both end at the same moment (JWT_TTL_SECONDS). */
  async open(userId: string, origin: SessionOrigin): Promise<string> {
    const ttl = this.config.jwtTtlSeconds;
    const session = await this.dataSource.getRepository(SessionEntity).save({
      userId,
      expiresAt: new Date(Date.now() + ttl * 1000),
      revokedAt: null,
      ip: origin.ip,
      userAgent: origin.userAgent?.slice(0, 512) ?? null,
    });
    const claims: SessionClaims = { sub: userId, sid: session.id };
    return this.jwt.signAsync(claims, { expiresIn: ttl });
  }

  /** Ends one session (sign-out). */
  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
    await this.changes.announce();
  }

  /**
   * Ends every session of a user, inside the caller's transaction when given one. The caller
   * announces the change (CredentialChanges.announce) once its transaction committed.
   */
  async revokeAllOf(userId: string, manager: EntityManager = this.dataSource.manager, exceptSessionId: string | null = null): Promise<number> {
    const [, affected] = (await manager.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [userId, exceptSessionId],
    )) as [unknown, number];
    return affected;
  }

  private async prune(): Promise<void> {
    await this.dataSource
      .query(
        `DELETE FROM sessions WHERE coalesce(revoked_at, expires_at) < now() - make_interval(days => $1)`,
        [KEEP_ENDED_SESSIONS_DAYS],
      )
      .catch((error: Error) => this.logger.warn(`could not prune sessions: ${error.message}`));
  }
}
