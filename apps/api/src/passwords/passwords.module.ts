import { Module } from '@nestjs/common';
import { ChangePasswordService } from './change-password.service.js';
import { PasswordsResolver } from './passwords.resolver.js';

@Module({ providers: [ChangePasswordService, PasswordsResolver] })
export class PasswordsModule {}
