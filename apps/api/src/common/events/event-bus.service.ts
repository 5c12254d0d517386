import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/config.module.js';
import { RESPONSES_STALE, type EventTopic, type SuanliEvent, type SuanliEvents } from './event-types.js';
import { PgNotifyBridge } from './pg-notify-bridge.js';

type Handler<T extends EventTopic> = (payload: SuanliEvents[T]) => void;

/**
 * Fans events out to in-process handlers and GraphQL subscribers of every API process. On a real
 * PostgreSQL events travel by NOTIFY (pg-notify-bridge.ts); the embedded database keeps NOTIFY on
 * its own connection, so there (one process by design) events go straight to the local subscribers.
 */
@Injectable()
export class EventBus implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(EventBus.name);
  private readonly bridge: PgNotifyBridge | null;
  private listening = false;
  private fastify: FastifyInstance | null = null;
  private readonly handlers = new Map<EventTopic, Handler<EventTopic>[]>();

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
  ) {
    this.bridge = config.databaseUrl ? new PgNotifyBridge(config.databaseUrl, dataSource) : null;
  }

  /** True when events reach the other API processes (a real PostgreSQL). */
  get crossProcess(): boolean {
    return this.bridge !== null;
  }

  /** Runs for every event of the topic, published by this process or another. */
  on<T extends EventTopic>(topic: T, handler: Handler<T>): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler as Handler<EventTopic>]);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>() ?? null;
    if (!this.bridge) return;
    await this.bridge.listen((event) => this.deliver(event));
    this.listening = true;
  }

  async onModuleDestroy(): Promise<void> {
    await this.bridge?.close();
  }

  /** Publish after the change committed. Events are hints to refetch; losing one loses no data. */
  async publish(events: SuanliEvent[]): Promise<void> {
    if (events.length === 0) return;
    if (!this.bridge || !this.listening) {
      for (const event of events) this.deliver(event);
      return;
    }
    await this.bridge.notify(events);
  }

  private deliver(event: SuanliEvent): void {
    for (const handler of this.handlers.get(event.topic) ?? []) handler(event.payload);
    if (event.topic === RESPONSES_STALE) return;
    const graphql = (this.fastify as unknown as { graphql?: { pubsub: { publish(e: SuanliEvent): Promise<void> | void } } })?.graphql;
    // A subscriber problem must never take the API down (an unhandled rejection would).
    Promise.resolve(graphql?.pubsub.publish(event)).catch((error: unknown) => this.logger.warn(`event delivery failed: ${(error as Error).message}`));
  }
}
