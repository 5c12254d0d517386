import { UserErrorCode } from '../common/errors/error-codes.js';
import { defineFeature } from '../common/feature/define-feature.js';
import { MATCHMAKING_ENTITIES } from './entities/index.js';
import { matchResourceByIdLoader } from './loaders/match-resource-by-id.loader.js';
import { MATCHMAKING_FIELD_RULES } from './matchmaking.field-rules.js';
import { MatchmakingModule } from './matchmaking.module.js';
import { MIGRATIONS } from './migrations/index.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    matchResourceById: ReturnType<typeof matchResourceByIdLoader>;
  }
}

/**
 * Resource matchmaking (资源嫁接): resources offered (mentors, partners, customers, investors, data
 * sets, adaptation engineers) and startups' needs, suggestions ranked with reasons and assigned
 * over all open needs by @suanli/matching, and introductions both sides answer
 * (docs/adr/0018-matchmaking.md).
 */
export const matchmakingFeature = defineFeature({
  name: 'matchmaking',
  module: MatchmakingModule,
  entities: MATCHMAKING_ENTITIES,
  migrations: MIGRATIONS,
  fieldRules: MATCHMAKING_FIELD_RULES,
  loaders: { matchResourceById: ({ dataSource }) => matchResourceByIdLoader(dataSource) },
  errorCodes: [
    UserErrorCode.INVALID_CAPACITY,
    UserErrorCode.CONFLICT_WITH_OWNER,
    UserErrorCode.RESOURCE_CONFLICT,
    UserErrorCode.RESOURCE_AT_CAPACITY,
    UserErrorCode.RESOURCE_UNAVAILABLE,
    UserErrorCode.RESOURCE_KIND_MISMATCH,
    UserErrorCode.NOT_YOUR_SIDE,
    UserErrorCode.PROJECT_NOT_OF_ORGANISATION,
  ],
  permissions: ['MATCHMAKING_READ', 'MATCHMAKING_TAKE_PART', 'MATCHMAKING_MANAGE'],
});
