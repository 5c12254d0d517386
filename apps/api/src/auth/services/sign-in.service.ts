import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { UserEntity } from '../../users/index.js';
import { PasswordService } from './password.service.js';
import { SessionService, type SessionOrigin } from './session.service.js';
import { SignInLimiter } from './sign-in-limiter.service.js';

/** A hash of a random password, so unknown emails cost the same time as wrong passwords. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$RFlMcuqIOuhUsEp0dk+9cQ$TVlbtFGgggvOD+UVSfuQ4g6b/eLUB/B/vreMb9J1jaU';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(SessionService) private readonly sessions: SessionService,
    @Inject(SignInLimiter) private readonly limiter: SignInLimiter,
  ) {}

  /**
   * Unknown emails, wrong passwords and deactivated accounts get the same answer and all count
   * towards the limits. A refused try (TOO_MANY_ATTEMPTS) never reaches the password check.
   */
  async signIn(email: string, password: string, origin: SessionOrigin & { ip: string }): Promise<{ token: string; user: UserEntity }> {
    const normalised = normaliseEmail(email);
    const attempt = await this.limiter.admit(normalised, origin.ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: normalised })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || user.deactivatedAt) {
      await this.limiter.failed(attempt, !user ? 'UNKNOWN_EMAIL' : !ok ? 'WRONG_PASSWORD' : 'DEACTIVATED');
      throw new DomainError(UserErrorCode.INVALID_CREDENTIALS, 'Wrong email or password');
    }
    await this.limiter.succeeded(attempt, normalised);
    const token = await this.sessions.open(user.id, origin);
    return { token, user };
  }
}
