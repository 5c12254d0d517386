import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { readToken, writeToken } from './auth-token';

/** Same origin in production (the API serves the built app); Vite proxies /graphql in development. */
const HTTP_URI = '/graphql';

function wsUri(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/graphql`;
}

export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => (e.extensions as { code?: unknown } | undefined)?.code === 'UNAUTHENTICATED')
  );
}

const authLink = new SetContextLink((prevContext) => {
  const token = readToken();
  return token
    ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } }
    : {};
});

/** An expired or revoked token signs the user out; the auth provider then routes to the sign-in page. */
const errorLink = new ErrorLink(({ error }) => {
  if (isUnauthenticated(error) && readToken()) writeToken(null);
});

/** The server closes a subscription socket with these when its session expired (4401) or was ended (4403). */
const SESSION_ENDED_CLOSE_CODES = [4401, 4403];
/** The token the current socket authenticated with: only that session's end signs the user out. */
let socketToken: string | null = null;
const sessionEnded = (event: unknown) =>
  typeof (event as { code?: unknown } | null)?.code === 'number' && SESSION_ENDED_CLOSE_CODES.includes((event as { code: number }).code);

/**
 * Lazy: graphql-ws only opens the socket when the first subscription starts. A socket closed
 * because the session ended is not retried; like an UNAUTHENTICATED answer, it signs the user out.
 */
const wsLink = new GraphQLWsLink(
  createClient({
    url: wsUri,
    lazy: true,
    shouldRetry: (event) => !sessionEnded(event),
    on: {
      closed: (event) => {
        if (sessionEnded(event) && socketToken && readToken() === socketToken) writeToken(null);
      },
    },
    connectionParams: () => {
      const token = readToken();
      socketToken = token;
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  }),
);

const httpLink = new HttpLink({ uri: HTTP_URI });

const transport = ApolloLink.split(
  (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
  wsLink,
  httpLink,
);

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([errorLink, authLink, transport]),
  cache: new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          organisations: relayStylePagination(['kind', 'industry']),
          projects: relayStylePagination(['stage', 'organisationId']),
          overdueAdaptations: relayStylePagination(),
          users: relayStylePagination(['search', 'role', 'organisationId', 'active']),
          auditEvents: relayStylePagination(['action', 'organisationId']),
          invitations: relayStylePagination(['organisationId']),
        },
      },
      Organisation: {
        fields: {
          members: relayStylePagination(),
          projects: relayStylePagination(),
        },
      },
      // Columns have no id; a column is part of its pipeline result, not a cached entity.
      PipelineColumn: { keyFields: false },
      Adaptation: { keyFields: ['id'] },
    },
  }),
  defaultOptions: {
    watchQuery: { fetchPolicy: 'cache-and-network' },
  },
});
