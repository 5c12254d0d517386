import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { User } from './user.model.js';

@ObjectType()
export class UserConnection extends ConnectionType(User, 'User') {}
