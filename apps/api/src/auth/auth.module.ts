import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { APP_GUARD } from '@nestjs/core';
import { CREDENTIAL_VERIFIER } from '../common/access/credential-verifier.js';
import { AccessGuard } from '../common/access/access.guard.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/app-config.js';
import { AuthResolver } from './auth.resolver.js';
import { ApiTokenService } from './services/api-token.service.js';
import { AuthenticationService } from './services/authentication.service.js';
import { PasswordService } from './services/password.service.js';
import { SignInService } from './services/sign-in.service.js';
import { CredentialChanges } from './services/credential-changes.service.js';
import { LiveCredentials } from './services/live-credentials.service.js';
import { SessionService } from './services/session.service.js';
import { SignInLimiter } from './services/sign-in-limiter.service.js';
import { SubscriptionWatch } from './services/subscription-watch.service.js';
import { AccountCredentialsService } from './services/account-credentials.service.js';
import { ACCOUNT_CREDENTIALS } from '../users/index.js';

@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A ready KeyObject: given a string, jsonwebtoken first tries (and fails) to parse it as a
        // public key on every verify, which cost ~15% of a signed-in request's CPU.
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
        signOptions: { expiresIn: config.jwtTtlSeconds, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    PasswordService,
    LiveCredentials,
    CredentialChanges,
    SessionService,
    SignInLimiter,
    SubscriptionWatch,
    AuthenticationService,
    { provide: CREDENTIAL_VERIFIER, useExisting: AuthenticationService },
    { provide: ACCOUNT_CREDENTIALS, useClass: AccountCredentialsService },
    SignInService,
    ApiTokenService,
    AuthResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordService, AuthenticationService, CREDENTIAL_VERIFIER, ACCOUNT_CREDENTIALS, SessionService, CredentialChanges, SubscriptionWatch],
})
export class AuthModule {}
