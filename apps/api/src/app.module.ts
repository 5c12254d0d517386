import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthenticationService } from './auth/index.js';
import { SubscriptionWatch } from './auth/index.js';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { GraphQLErrorFilter } from './common/errors/graphql-error.filter.js';
import { graphqlOptions } from './graphql.module-options.js';
import { FEATURE_MODULES, RESPONSE_STALENING_TOPICS } from './features.js';
import { EventsModule } from './common/events/events.module.js';
import { ResponseCacheModule } from './common/response-cache/response-cache.module.js';
import { ResponseCache } from './common/response-cache/response-cache.service.js';


@Module({})
export class AppModule {
  /** The database is opened (and migrated) before Nest starts, so the module receives it ready. */
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRootAsync({
          useFactory: () => dataSource.options,
          dataSourceFactory: async () => dataSource,
        }),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          inject: [AuthenticationService, ResponseCache, SubscriptionWatch],
          useFactory: (authentication: AuthenticationService, responseCache: ResponseCache, subscriptionWatch: SubscriptionWatch) =>
            graphqlOptions(dataSource, config.production, authentication, responseCache, subscriptionWatch, config.requestLimits),
        }),
        EventsModule,
        ResponseCacheModule.forRoot({ emptiedBy: RESPONSE_STALENING_TOPICS }),
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
