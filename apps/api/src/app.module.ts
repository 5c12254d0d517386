import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthenticationService } from './auth/services/authentication.service.js';
import { SubscriptionWatch } from './auth/services/subscription-watch.service.js';
import type { DataSource } from 'typeorm';
import { AllocationsModule } from './allocations/allocations.module.js';
import { AuthModule } from './auth/auth.module.js';
import type { AppConfig } from './config/app-config.js';
import { ComputeModule } from './compute/compute.module.js';
import { ConfigModule } from './config/config.module.js';
import { GraphQLErrorFilter } from './common/errors/graphql-error.filter.js';
import { graphqlOptions } from './graphql.module-options.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { UsersModule } from './users/users.module.js';
import { AuditModule } from './audit/index.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { MailModule } from './mail/index.js';
import { PasswordsModule } from './passwords/passwords.module.js';
import { ResponseCacheModule } from './common/response-cache/response-cache.module.js';
import { ResponseCache } from './common/response-cache/response-cache.service.js';

/** Feature modules, also used on their own to print the schema without a database. */
export const FEATURE_MODULES = [
  AuthModule,
  UsersModule,
  OrganisationsModule,
  ProjectsModule,
  ComputeModule,
  AllocationsModule,
  AuditModule,
  MailModule,
  InvitationsModule,
  PasswordsModule,
];

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
        ResponseCacheModule,
        ...FEATURE_MODULES,
      ],
      providers: [{ provide: APP_FILTER, useClass: GraphQLErrorFilter }],
    };
  }
}
