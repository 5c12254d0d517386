import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { User } from './user.model.js';

@ObjectType({ description: 'One page of accounts (Relay connection).' })
export class UserConnection extends ConnectionType(User, 'User') {}
