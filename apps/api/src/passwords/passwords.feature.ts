import { defineFeature } from '../common/feature/define-feature.js';
import { UserErrorCode } from '../common/errors/error-codes.js';
import { PasswordsModule } from './passwords.module.js';

export const passwordsFeature = defineFeature({
  name: 'passwords',
  module: PasswordsModule,
  errorCodes: [UserErrorCode.WEAK_PASSWORD],
});
