import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthenticationService } from './auth/index.js';
import type { SubscriptionWatch, WatchedSocket } from './auth/index.js';
import type { Actor } from './common/access/actor.js';
import { applyFieldRules } from './common/access/field-access/apply-field-rules.js';
import { errorFormatter } from './common/errors/error-formatter.js';
import { createLoaders } from './common/graphql/loaders.js';
import { createSharedCaches } from './common/graphql/shared-caches.js';
import type { RequestContext } from './common/graphql/request-context.js';
import { FIELD_RULES, LOADER_FACTORIES, SHARED_CACHES } from './features.js';
import { actorAuthenticatedEarly, type ResponseCache } from './common/response-cache/response-cache.service.js';
import { withExecutionDeadline } from './common/request-limits/execution-deadline.js';
import { withPublicErrors } from './common/request-limits/public-errors.js';
import { requestLimitHooks } from './common/request-limits/request-limit-hooks.js';
import type { RequestLimits } from './common/request-limits/request-limits.config.js';

/**
 * Mercurius on Fastify (ADR 0001): ~4x the throughput of Apollo on Express here, with JIT
 * compilation of hot queries and graphql-ws subscriptions built in.
 */
export function graphqlOptions(
  dataSource: DataSource,
  production: boolean,
  authentication: AuthenticationService,
  responseCache: ResponseCache,
  subscriptionWatch: SubscriptionWatch,
  limits: RequestLimits,
): MercuriusDriverConfig {
  const requestLimits = requestLimitHooks(limits, production, authentication);
  const { caches, clearOnWrite } = createSharedCaches(SHARED_CACHES);
  // A write makes the per-row caches stale as much as the pages built from them.
  responseCache.onInvalidate(clearOnWrite);
  return {
    driver: MercuriusDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    graphiql: !production,
    // Field rules wrap the resolvers of the built schema, before Mercurius JIT-compiles them; the
    // execution deadline wraps them in turn, so a query past its time stops before any rule runs.
    transformSchema: (schema) => withExecutionDeadline(applyFieldRules(schema, FIELD_RULES), limits.executionTimeoutMs),
    // No JIT: graphql-jit's compiled variable coercion drops the schema's defaults of input fields, so
    // from the second identical request on, an input that leaves out a defaulted field (addNodes
    // without cardsPerNode, runBilling without issue) failed validation. Correct answers first.
    jit: 0,
    queryDepth: 12,
    // Request limits (common/request-limits): cost, aliases, sign-ins, tokens, time, concurrency, mutation rate.
    graphql: { parseOptions: requestLimits.parseOptions },
    // One operation per request: a batch array would multiply every per-operation limit.
    allowBatchedQueries: false,
    hooks: {
      ...requestLimits.hooks,
      preSubscriptionExecution: [
        ...requestLimits.hooks.preSubscriptionExecution,
        // Each started subscription puts its connection under watch (once per connection), so it
        // closes when its credential expires or is revoked.
        async (_schema: GraphQLSchema, _document: DocumentNode, context: unknown) => {
          const { wsSocket, actor } = context as { wsSocket?: WatchedSocket; actor?: Actor | null };
          if (wsSocket && actor) subscriptionWatch.watch(wsSocket, actor);
        },
      ],
    } as MercuriusDriverConfig['hooks'],
    errorFormatter: withPublicErrors(errorFormatter, production) as unknown as MercuriusDriverConfig['errorFormatter'],
    subscription: {
      // The socket, so the connection can be closed when its credential expires or is revoked.
      context: (socket: WatchedSocket) => ({ wsSocket: socket }),
      // graphql-ws: the client sends { authorization: "Bearer …" } in connection_init.
      onConnect: async ({ payload }: { payload?: { authorization?: string; Authorization?: string } }) => {
        const actor = await authentication.authenticate(payload?.authorization ?? payload?.Authorization).catch(() => null);
        return actor ? { actor } : false;
      },
    },
    context: (request: FastifyRequest, reply: FastifyReply): RequestContext => ({
      request,
      reply,
      // Set when the response cache already verified the credential for this request.
      actor: actorAuthenticatedEarly(request),
      loaders: createLoaders(LOADER_FACTORIES, { dataSource, caches }),
    }),
  };
}
