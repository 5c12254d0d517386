import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/pagination/connection.js';
import { ApiToken } from './api-token.model.js';

@ObjectType()
export class ApiTokenConnection extends ConnectionType(ApiToken, 'ApiToken') {}
