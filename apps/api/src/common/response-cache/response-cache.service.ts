import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { CREDENTIAL_VERIFIER, type CredentialVerifier } from '../access/credential-verifier.js';
import type { Actor } from '../access/actor.js';
import { CachePolicies } from './cache-policy.js';

interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** A cacheable request on its way through execution: stored on the way out if still current. */
interface PendingResponse {
  key: string;
  maxAgeMs: number;
  generation: number;
}

/** Callers the cache authenticated before execution; the access guard reuses them. */
const earlyActors = new WeakMap<FastifyRequest, Actor>();
export function actorAuthenticatedEarly(request: FastifyRequest | undefined): Actor | undefined {
  return request ? earlyActors.get(request) : undefined;
}

/**
 * Whole-response cache for the read-heavy pages (ADR 0006). A response is reused only for the
 * same caller (user or API token, with role and organisation), the same document, operation and
 * variables, and only while no write happened in between: every mutation on this process and
 * every allocation event empties it, and so does a write answered by another API process (both
 * reach here through the event bus); entries also expire after the field's @CacheFor max-age,
 * a bound should an event be lost. `Cache-Control: no-cache` on a request bypasses it.
 */
@Injectable()
export class ResponseCache implements OnApplicationBootstrap {
  private readonly responses = new LRUCache<string, string>({
    maxSize: 64 * 1024 * 1024,
    // Bytes, not characters: Chinese pages take three bytes a character in UTF-8.
    sizeCalculation: (body, key) => Buffer.byteLength(body) + Buffer.byteLength(key),
  });
  private readonly pending = new WeakMap<FastifyRequest, PendingResponse>();
  private readonly writes = new WeakSet<FastifyRequest>();
  private generation = 0;
  private policies: CachePolicies | null = null;
  private readonly writeListeners: (() => Promise<void>)[] = [];
  private readonly invalidateListeners: (() => void)[] = [];

  constructor(
    @Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost,
    @Inject(ModuleRef) private readonly moduleRef: ModuleRef,
    @Inject(CREDENTIAL_VERIFIER) private readonly authentication: CredentialVerifier,
  ) {}

  onApplicationBootstrap(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    // The schema host lives in the GraphQL module, which is not global.
    const schemaHost = this.moduleRef.get(GraphQLSchemaHost, { strict: false });
    this.policies = new CachePolicies(() => schemaHost.schema);
    fastify.addHook('preHandler', (request, reply) => this.beforeExecution(request, reply));
    fastify.addHook('onSend', async (request, reply, payload) => {
      await this.afterExecution(request, reply, payload);
      return payload;
    });
  }

  /** Forget every cached response; anything executing now will not be stored either. */
  invalidate(): void {
    this.generation += 1;
    this.responses.clear();
    for (const listener of this.invalidateListeners) listener();
  }

  /** Also forget these (the shared per-row caches a page is built from) whenever the cache is emptied. */
  onInvalidate(listener: () => void): void {
    this.invalidateListeners.push(listener);
  }

  /**
   * Awaited after every write this process answered, before the answer is sent (the event bus
   * tells the other processes, so a client's next read anywhere sees its write).
   */
  afterLocalWrite(listener: () => Promise<void>): void {
    this.writeListeners.push(listener);
  }

  private async beforeExecution(request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    if (request.method !== 'POST' || request.routeOptions.url !== '/graphql' || !this.policies) return;
    const body = request.body as GraphQLBody | null;
    if (!body || typeof body !== 'object' || typeof body.query !== 'string') return;
    const operationName = typeof body.operationName === 'string' ? body.operationName : undefined;
    const policy = this.policies.of(body.query, operationName);
    if (policy.kind === 'mutation') {
      // Only a caller who may write empties caches: an anonymous or forged request changes nothing.
      if (!(await this.verifiedCaller(request))) return;
      this.writes.add(request);
      this.invalidate();
      return;
    }
    if (policy.kind !== 'cacheable' || /no-cache|no-store/.test(request.headers['cache-control'] ?? '')) return;
    // A credential that does not verify is left to the access guard, which answers UNAUTHENTICATED.
    const actor = await this.verifiedCaller(request);
    if (!actor) return;
    const key = `${callerKey(actor)}\u0000${operationName ?? ''}\u0000${body.query}\u0000${JSON.stringify(body.variables ?? null)}`;
    const hit = this.responses.get(key);
    if (hit !== undefined) {
      reply.header('content-type', 'application/json; charset=utf-8').header('x-response-cache', 'hit');
      return reply.send(hit);
    }
    reply.header('x-response-cache', 'miss');
    this.pending.set(request, { key, maxAgeMs: policy.maxAgeMs, generation: this.generation });
  }

  /** The caller, if its credential verifies; kept for the access guard so it is verified once. */
  private async verifiedCaller(request: FastifyRequest): Promise<Actor | null> {
    const actor = await this.authentication.authenticate(request.headers.authorization).catch(() => null);
    if (actor) earlyActors.set(request, actor);
    return actor;
  }

  private async afterExecution(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<void> {
    if (this.writes.has(request)) {
      // Again after the write committed: a read that began meanwhile must not be stored.
      this.invalidate();
      await Promise.all(this.writeListeners.map((listener) => listener()));
      return;
    }
    const pending = this.pending.get(request);
    if (!pending || pending.generation !== this.generation || reply.statusCode !== 200 || typeof payload !== 'string') return;
    // Partial results with errors are never reused.
    if (payload.includes('"errors":')) return;
    this.responses.set(pending.key, payload, { ttl: pending.maxAgeMs });
  }
}

/** Everything that decides what a caller may see: who, in which role, for which organisation. */
function callerKey(actor: Actor): string {
  return `${actor.kind}:${actor.id}:${actor.role}:${actor.organisationId ?? '-'}:${actor.scopes.join(',')}`;
}
