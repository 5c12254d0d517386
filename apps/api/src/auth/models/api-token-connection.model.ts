import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { ApiToken } from './api-token.model.js';

@ObjectType({ description: 'One page of integration tokens (Relay connection).' })
export class ApiTokenConnection extends ConnectionType(ApiToken, 'ApiToken') {}
