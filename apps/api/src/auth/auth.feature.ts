import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { AuthModule } from './auth.module.js';
import { AUTH_FIELD_RULES } from './auth.field-rules.js';
import { ApiTokenEntity } from './entities/api-token.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { SignInFailureEntity } from './entities/sign-in-failure.entity.js';

export const authFeature = defineFeature({
  name: 'auth',
  module: AuthModule,
  entities: [ApiTokenEntity, SessionEntity, SignInFailureEntity],
  fieldRules: AUTH_FIELD_RULES,
  errorCodes: [UserErrorCode.INVALID_CREDENTIALS],
  permissions: ['API_TOKEN_WRITE'],
});
