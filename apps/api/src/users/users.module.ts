import { Module } from '@nestjs/common';
import { UserAdministrationResolver } from './user-administration.resolver.js';
import { UsersResolver } from './users.resolver.js';
import { UserAdministrationService } from './services/user-administration.service.js';

@Module({ providers: [UsersResolver, UserAdministrationResolver, UserAdministrationService], exports: [UserAdministrationService] })
export class UsersModule {}
