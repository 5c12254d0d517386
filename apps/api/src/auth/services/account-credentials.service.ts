import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AccountCredentials } from '../../users/index.js';
import { CredentialChanges } from './credential-changes.service.js';
import { SessionService } from './session.service.js';

/** The users feature's port to credentials, over sessions and the cross-process change notice. */
@Injectable()
export class AccountCredentialsService implements AccountCredentials {
  constructor(
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(CredentialChanges) private readonly changes: CredentialChanges,
  ) {}

  revokeAllOf(userId: string, manager: EntityManager): Promise<number> {
    return this.sessions.revokeAllOf(userId, manager);
  }

  announce(): Promise<void> {
    return this.changes.announce();
  }
}
