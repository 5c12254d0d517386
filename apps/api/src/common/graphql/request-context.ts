import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import type { Loaders } from './loaders.js';

/** The GraphQL context of one request. */
export interface RequestContext {
  request: FastifyRequest;
  reply: FastifyReply;
  /** Set by the access guard once the caller is authenticated. */
  actor?: Actor | null;
  loaders: Loaders;
}
