import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/api-errors.js';
import { UserErrorCode } from '../../common/errors/error-codes.js';
import { UserEntity } from '../../users/entities/user.entity.js';
import { AuthenticationService } from './authentication.service.js';
import { PasswordService } from './password.service.js';

/** A hash of a random password, so unknown emails cost the same time as wrong passwords. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$RFlMcuqIOuhUsEp0dk+9cQ$TVlbtFGgggvOD+UVSfuQ4g6b/eLUB/B/vreMb9J1jaU';

@Injectable()
export class SignInService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PasswordService) private readonly passwords: PasswordService,
    @Inject(AuthenticationService) private readonly authentication: AuthenticationService,
  ) {}

  async signIn(email: string, password: string): Promise<{ token: string; user: UserEntity }> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const ok = await this.passwords.verify(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok) throw new DomainError(UserErrorCode.INVALID_CREDENTIALS, 'Wrong email or password');
    const token = await this.authentication.issueSession({ sub: user.id, role: user.role, org: user.organisationId });
    return { token, user };
  }
}
