import { Inject, Injectable, Optional, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { ResponseCache } from '../../common/response-cache/response-cache.service.js';
import { ALLOCATION_CHANGED, RESPONSES_STALE, type SuanliEvent } from './allocation-events.js';

const CHANNEL = 'suanli_events';

/**
 * Fans events out to GraphQL subscribers of every API process. On a real PostgreSQL each process
 * LISTENs and events travel by NOTIFY; the embedded database keeps NOTIFY on its own connection,
 * so there (one process by design) events go straight to the local subscribers.
 */
@Injectable()
export class EventBus implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventBus.name);
  private listener: pg.Client | null = null;
  private fastify: FastifyInstance | null = null;
  private staleInFlight: Promise<void> | null = null;
  private staleNext: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    // Absent where the feature modules run without the HTTP app (schema printing, tests).
    @Optional() @Inject(ResponseCache) private readonly responseCache: ResponseCache | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>() ?? null;
    if (!this.config.databaseUrl) return;
    // Other processes' response caches must forget what this process's writes made stale.
    this.responseCache?.afterLocalWrite(() => this.announceStale());
    this.listener = new pg.Client({ connectionString: this.config.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) this.deliver(JSON.parse(message.payload) as SuanliEvent);
    });
    this.listener.on('error', (error) => this.logger.error(`event listener: ${error.message}`));
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  /**
   * One RESPONSES_STALE notification for every write answered meanwhile: a write waits for a
   * notification sent after it committed (the next one if one is already on its way), so a burst
   * of writes costs a few NOTIFYs, not one each.
   */
  private announceStale(): Promise<void> {
    if (!this.staleInFlight) {
      this.staleInFlight = this.publish([{ topic: RESPONSES_STALE, payload: { at: new Date().toISOString() } }]).finally(() => {
        this.staleInFlight = null;
      });
      return this.staleInFlight;
    }
    this.staleNext ??= this.staleInFlight.then(() => {
      this.staleNext = null;
      return this.announceStale();
    });
    return this.staleNext;
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }

  /** Publish after the change committed. Events are hints to refetch; losing one loses no data. */
  async publish(events: SuanliEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!this.listener) {
      for (const event of events) this.deliver(event);
      return;
    }
    try {
      // One statement for the lot (each NOTIFY payload is limited to 8000 bytes, so one per event).
      await this.dataSource.query('SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', [CHANNEL, events.map((e) => JSON.stringify(e))]);
    } catch (error) {
      this.logger.warn(`could not publish events: ${(error as Error).message}`);
    }
  }

  private deliver(event: SuanliEvent): void {
    // Cached pages show allocation summaries; a state change anywhere makes them stale.
    if (event.topic === ALLOCATION_CHANGED || event.topic === RESPONSES_STALE) this.responseCache?.invalidate();
    if (event.topic === RESPONSES_STALE) return;
    const graphql = (this.fastify as unknown as { graphql?: { pubsub: { publish(e: SuanliEvent): Promise<void> | void } } })?.graphql;
    // A subscriber problem must never take the API down (an unhandled rejection would).
    Promise.resolve(graphql?.pubsub.publish(event)).catch((error: unknown) => this.logger.warn(`event delivery failed: ${(error as Error).message}`));
  }
}
