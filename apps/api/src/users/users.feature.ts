import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { UserEntity } from './entities/user.entity.js';
import { userByIdLoader } from './loaders/user-by-id.loader.js';
import { UsersModule } from './users.module.js';
import { ORGANISATION_MEMBERS_FIELD_RULES, USER_FIELD_RULES } from './users.field-rules.js';

declare module '../common/graphql/loaders.js' {
  interface Loaders {
    userById: ReturnType<typeof userByIdLoader>;
  }
}

export const usersFeature = defineFeature({
  name: 'users',
  module: UsersModule,
  entities: [UserEntity],
  fieldRules: [USER_FIELD_RULES, ORGANISATION_MEMBERS_FIELD_RULES],
  loaders: { userById: ({ dataSource }) => userByIdLoader(dataSource) },
  errorCodes: [UserErrorCode.CANNOT_CHANGE_OWN_ACCOUNT],
  permissions: ['USER_READ', 'USER_WRITE'],
});
