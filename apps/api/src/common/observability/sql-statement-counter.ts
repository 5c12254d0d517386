import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import { AdvancedConsoleLogger, type LoggerOptions, type QueryRunner } from 'typeorm';

/**
 * Counts the SQL statements each HTTP request sends, so "does this page issue a fixed number of
 * statements?" is measured, not guessed. Off by default; `SUANLI_SQL_COUNT=1` turns it on and
 * adds an `x-sql-statements` response header (the API benchmark reads it).
 */
const perRequest = new AsyncLocalStorage<{ statements: number }>();

export class StatementCountingLogger extends AdvancedConsoleLogger {
  constructor(options: LoggerOptions) {
    super(options);
  }

  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    const store = perRequest.getStore();
    if (store) store.statements += 1;
    super.logQuery(query, parameters, queryRunner);
  }
}

export function countStatementsPerRequest(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (_request, _reply, done) => perRequest.run({ statements: 0 }, done));
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    const store = perRequest.getStore();
    if (store) reply.header('x-sql-statements', String(store.statements));
    done(null, payload);
  });
}
