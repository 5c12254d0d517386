import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/app-config.js';
import { EmbeddedDatabaseInUseError } from './database/data-dir-lock.js';
import { openDatabase } from './database/open-database.js';
import { DATA_MODEL } from './features.js';
import { countStatementsPerRequest } from './common/observability/sql-statement-counter.js';
import { installHttpLimits } from './common/request-limits/http-limits.js';
import { seedDemoIfEmpty } from './seed/demo-seed.js';
import { hasAdministrator } from './users/index.js';
import { importPackageCalendarDays } from './working-calendar/index.js';
import { registerSecurityHeaders } from './common/http/security-headers.js';
import { serveWebApp } from './web/serve-web-app.js';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Suanli');
  const config = loadConfig();
  const db = await openDatabase(config, { model: DATA_MODEL });
  logger.log(db.embedded ? `embedded PostgreSQL on socket ${db.embedded.socketDir}` : 'PostgreSQL from DATABASE_URL');
  // Reference data in every mode (production too): the SLA clock needs the holidays.
  const calendarDays = await importPackageCalendarDays(db.dataSource);
  if (calendarDays > 0) logger.log(`working calendar: ${calendarDays} holiday and make-up days imported from chinese-days`);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(db.dataSource, config.demoPassword);
    if (seeded) logger.log('empty database: demo centre seeded');
  } else if (config.production) {
    logger.log('production: no demo data seeded');
  }
  if (!(await hasAdministrator(db.dataSource))) {
    logger.warn(
      'no administrator yet: create one with `node apps/api/dist/cli/create-admin.js --email you@centre.example` (password on stdin)',
    );
  }

  const adapter = new FastifyAdapter({
    bodyLimit: 1_048_576,
    logger: false,
    // A hop count is valid for fastify, though Nest's adapter type omits it.
    trustProxy: config.trustProxy as boolean | string[],
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, db.dataSource), adapter, {
    logger: ['error', 'warn', 'log'],
  });
  const { createValidationPipe } = await import('./common/validation/validation.pipe.js');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  // Before Nest initialises, so these run ahead of the response cache's hooks.
  installHttpLimits(app.getHttpAdapter().getInstance(), config.requestLimits);
  if (process.env.SUANLI_SQL_COUNT === '1') countStatementsPerRequest(app.getHttpAdapter().getInstance());
  await registerSecurityHeaders(app, config.production);
  if (config.webDist) await serveWebApp(app, config.webDist);
  await app.listen(config.port, config.host);

  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}`;
  logger.log(`Suanli is running at ${url}  (GraphQL: ${url}/graphql)`);

  const shutdown = async () => {
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof EmbeddedDatabaseInUseError ? `Suanli cannot start: ${error.message}` : error);
  process.exit(1);
});
