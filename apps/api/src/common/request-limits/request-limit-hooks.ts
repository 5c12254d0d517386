import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isStaff } from '@suanli/domain';
import type { Actor } from '../access/actor.js';
import { ErrorCode } from '../errors/error-codes.js';
import type { CredentialVerifier } from '../access/credential-verifier.js';
import { callerKey } from './caller-key.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { DEADLINE, type WithDeadline } from './execution-deadline.js';
import { measureOperationCached, TooManySelectionsError, type OperationMeasure } from './query-cost.js';
import type { RequestLimits } from './request-limits.config.js';
import { rateLimited, RequestRefused, tooComplex } from './request-refused.js';
import { TokenBuckets } from './token-bucket.js';

/** What the hooks need of the GraphQL context (common/graphql/request-context.ts plus Mercurius' reply). */
interface LimitedContext extends WithDeadline {
  reply?: FastifyReply;
  actor?: Actor | null;
}

/** The scope an API token needs to introspect the schema in production. */
export const INTROSPECTION_SCOPE = 'introspection';

export function mayIntrospect(actor: Actor | null | undefined): boolean {
  if (!actor) return false;
  return actor.kind === 'user' ? isStaff(actor.role) : (actor.scopes as readonly string[]).includes(INTROSPECTION_SCOPE);
}

/**
 * The Mercurius hooks that enforce the request limits. preExecution runs after parsing and
 * validation (both cached by Mercurius per document) and before any resolver: a refusal there
 * means nothing ran. Responses the per-caller response cache (ADR 0006) answers never reach it,
 * but only a document this caller already ran within the limits is ever cached, and mutations
 * (the rate-limited operations) are never cached.
 *
 * Why preExecution and not a validation rule (graphql-query-complexity's createComplexityRule):
 * Mercurius caches validation per document, but the cost depends on the variables (`first`,
 * `days`) and the cap on the caller; a validationRules function would need `cache: false`.
 */
export function requestLimitHooks(limits: RequestLimits, production: boolean, authentication: CredentialVerifier) {
  const concurrency = new ConcurrencyLimiter(limits.maxConcurrentPerCaller);
  const mutations = new TokenBuckets(limits.mutationsPerMinute, limits.mutationBurst);
  const releases = new WeakMap<object, () => void>();

  const preParsing = async (_schema: GraphQLSchema, source: string) => {
    if (source.length > limits.maxDocumentChars) {
      throw tooComplex(`The query document is longer than ${limits.maxDocumentChars} characters`, { reason: 'DOCUMENT_SIZE', limit: limits.maxDocumentChars });
    }
  };

  /** The limits on the document itself: introspection, sign-ins, aliases, selections, cost. */
  const checkDocument = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | undefined,
    actor: Actor | null,
    credentialError: unknown,
  ): OperationMeasure => {
    let measure: OperationMeasure;
    try {
      measure = measureOperationCached(schema, document, variables, operationName, limits.maxSelections);
    } catch (error) {
      if (error instanceof TooManySelectionsError) {
        throw tooComplex(`The operation selects more than ${limits.maxSelections} fields`, { reason: 'SELECTIONS', limit: limits.maxSelections });
      }
      throw error;
    }
    if (measure.introspection && production && !mayIntrospect(actor)) {
      throw actor
        ? new RequestRefused(ErrorCode.FORBIDDEN, 'Introspection is open to staff and to API tokens with the introspection scope', 403)
        : new RequestRefused(ErrorCode.UNAUTHENTICATED, 'Sign in as staff (or use an API token with the introspection scope) to introspect', 401);
    }
    if (measure.signIns > 1) throw tooComplex('At most one signIn per operation', { reason: 'SIGN_INS', limit: 1 });
    if (measure.aliases > limits.maxAliases) {
      throw tooComplex(`The operation uses more than ${limits.maxAliases} aliases`, { reason: 'ALIASES', limit: limits.maxAliases });
    }
    // Outside production introspection is open to everyone (GraphiQL, codegen, the schema-walking
    // tests), so it gets the signed-in cap there; in production it needs staff or a scope anyway.
    const cap = actor || (measure.introspection && !production) ? limits.maxCost : limits.maxCostAnonymous;
    if (measure.cost > cap) {
      // A signed-in page sent with an expired session: say so, rather than "too complex for anonymous".
      if (credentialError) throw credentialError;
      // Without a credential only sign-in is open, and it fits the anonymous cap many times over:
      // anything above it needs a sign-in (the access guard would answer the same, after running).
      if (!actor && cap === limits.maxCostAnonymous) {
        throw new RequestRefused(ErrorCode.UNAUTHENTICATED, `Sign in first: the operation's estimated cost ${measure.cost} is over the limit of ${cap} without a sign-in`, 401, {
          reason: 'COST',
          cost: measure.cost,
          limit: cap,
        });
      }
      throw tooComplex(`The operation's estimated cost ${measure.cost} is over the limit of ${cap}`, { reason: 'COST', cost: measure.cost, limit: cap });
    }
    if (measure.mutationFields > limits.mutationBurst) {
      throw tooComplex(`The operation runs more than ${limits.mutationBurst} mutations`, { reason: 'MUTATIONS', limit: limits.mutationBurst });
    }
    return measure;
  };

  /** graphql-ws subscriptions: the same document limits (the caller was authenticated in connection_init). */
  const preSubscriptionExecution = async (schema: GraphQLSchema, document: DocumentNode, context: LimitedContext) => {
    try {
      checkDocument(schema, document, undefined, undefined, context.actor ?? null, null);
    } catch (error) {
      // Variables are not handed to this hook: a variable the estimate needed is left to execution.
      if (error instanceof RequestRefused) throw error;
    }
  };

  const preExecution = async (schema: GraphQLSchema, document: DocumentNode, context: LimitedContext, variables?: Record<string, unknown>) => {
    const request = context.reply?.request as FastifyRequest | undefined;
    if (!request) return;
    const operationName = requestedOperationName(request);
    const header = request.headers.authorization;
    let credentialError: unknown = null;
    if (context.actor === undefined && header) {
      // Verified once here and handed on to the access guard; a bad credential is left to the guard.
      const actor = await authentication.authenticate(header).catch((error: unknown) => ((credentialError = error), null));
      if (actor) context.actor = actor;
    }
    const actor = context.actor ?? null;

    const measure = checkDocument(schema, document, variables, operationName, actor, credentialError);
    const key = callerKey(actor, request);
    const release = concurrency.tryAcquire(key);
    if (!release) throw refuse(context, rateLimited(`More than ${limits.maxConcurrentPerCaller} of your operations are running; retry shortly`, 1));
    // signIn has its own limits, kept in PostgreSQL across processes (sign-in-limiter.service.ts):
    // counting it here too would let anyone behind a shared address keep colleagues from signing in.
    const limitedMutations = measure.mutationFields - measure.signIns;
    if (limitedMutations > 0) {
      const taken = mutations.take(key, limitedMutations);
      if (!taken.ok) {
        release();
        throw refuse(context, rateLimited(`More than ${limits.mutationsPerMinute} mutations a minute; retry in ${taken.retryAfterSeconds} s`, taken.retryAfterSeconds));
      }
    }
    releases.set(context, release);
    // Also on the way out, should execution throw before onResolution (the release runs once).
    context.reply?.raw.once('finish', release);
    // Queries only: a mutation stopped after its transaction committed would answer TIMEOUT for a
    // change that happened, and a client retrying it would make it twice.
    if (measure.operationType === 'query') context[DEADLINE] = Date.now() + limits.executionTimeoutMs;
  };

  const onResolution = async (_execution: unknown, context: LimitedContext) => {
    releases.get(context)?.();
  };

  return {
    hooks: { preParsing: [preParsing], preExecution: [preExecution], onResolution: [onResolution], preSubscriptionExecution: [preSubscriptionExecution] },
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

function refuse(context: LimitedContext, error: RequestRefused): RequestRefused {
  const seconds = error.extensions.retryAfterSeconds;
  if (typeof seconds === 'number') context.reply?.header('retry-after', String(seconds));
  return error;
}

function requestedOperationName(request: FastifyRequest): string | undefined {
  const source = (request.method === 'GET' ? request.query : request.body) as { operationName?: unknown } | null;
  return typeof source?.operationName === 'string' ? source.operationName : undefined;
}
