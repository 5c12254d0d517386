import { Logger } from '@nestjs/common';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { SuanliEvent } from './event-types.js';

const CHANNEL = 'suanli_events';

/**
 * Carries events between API processes over PostgreSQL LISTEN/NOTIFY: every process LISTENs on
 * one dedicated connection and hears its own notifications too, so delivery is the same path for all.
 */
export class PgNotifyBridge {
  private readonly logger = new Logger(PgNotifyBridge.name);
  private listener: pg.Client | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly dataSource: DataSource,
  ) {}

  async listen(deliver: (event: SuanliEvent) => void): Promise<void> {
    this.listener = new pg.Client({ connectionString: this.databaseUrl });
    await this.listener.connect();
    this.listener.on('notification', (message) => {
      if (message.channel === CHANNEL && message.payload) deliver(JSON.parse(message.payload) as SuanliEvent);
    });
    this.listener.on('error', (error) => this.logger.error(`event listener: ${error.message}`));
    await this.listener.query(`LISTEN ${CHANNEL}`);
  }

  /** Events are hints to refetch; losing one loses no data, so a failure is logged, not thrown. */
  async notify(events: readonly SuanliEvent[]): Promise<void> {
    try {
      // One statement for the lot (each NOTIFY payload is limited to 8000 bytes, so one per event).
      await this.dataSource.query('SELECT pg_notify($1, e) FROM unnest($2::text[]) AS e', [CHANNEL, events.map((e) => JSON.stringify(e))]);
    } catch (error) {
      this.logger.warn(`could not publish events: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
  }
}
