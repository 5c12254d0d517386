import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors we raise on purpose (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT …) already carry
 * their code; hand them straight to GraphQL instead of logging them as server faults.
 */
@Catch(GraphQLError)
export class GraphQLErrorFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
