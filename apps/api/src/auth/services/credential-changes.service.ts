import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { LiveCredentials } from './live-credentials.service.js';

const CHANNEL = 'suanli_credentials';

/**
 * Tells every API process that sessions, users or API tokens changed (sign-out, revocation,
 * deactivation, a role change): each forgets its cached credential checks and re-checks its open
 * subscriptions. On a real PostgreSQL by LISTEN/NOTIFY (as the allocation event bus does); the
 * embedded database serves one process, so there the change is only applied locally.
 */
@Injectable()
export class CredentialChanges implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CredentialChanges.name);
  private listener: pg.Client | null = null;
  private readonly listeners: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LiveCredentials) private readonly live: LiveCredentials,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.databaseUrl) return;
    this.listener = new pg.Client({ connectionString: this.config.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', (message) => {
      if (message.channel === CHANNEL) this.applyLocally();
    });
    this.listener.on('error', (error) => this.logger.error(`credential listener: ${error.message}`));
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }

  /** Called with every change, here and from other processes (e.g. to re-check subscriptions). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Call after the change committed; resolves once the other processes have been notified. */
  async announce(): Promise<void> {
    this.applyLocally();
    if (!this.listener) return;
    try {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [CHANNEL, 'changed']);
    } catch (error) {
      // The other processes still forget within CREDENTIAL_CACHE_MS and re-check subscriptions on their timer.
      this.logger.warn(`could not announce a credential change: ${(error as Error).message}`);
    }
  }

  private applyLocally(): void {
    this.live.forget();
    for (const listener of this.listeners) listener();
  }
}
