import { isObjectType, type GraphQLSchema } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import { RequestRefused } from './request-refused.js';

/** Where the preExecution hook puts the moment the operation's time is up (epoch ms). */
export const DEADLINE = Symbol('suanli.executionDeadline');

export interface WithDeadline {
  [DEADLINE]?: number;
}

export const timedOut = (limitMs: number) =>
  new RequestRefused(ErrorCode.TIMEOUT, `The operation ran longer than ${limitMs} ms and was stopped; its answer was dropped`, 200, {
    timeoutMs: limitMs,
  });

/**
 * graphql-js cannot interrupt a running resolver, so the time limit is enforced at the next
 * one: every field with a resolver (in Nest's code-first schema nearly every object field has
 * one) first compares the clock with the deadline, a few nanoseconds. Work a resolver already
 * started (one SQL statement) finishes; nothing after it starts. Only
 * queries get a deadline (see request-limit-hooks.ts).
 */
export function withExecutionDeadline(schema: GraphQLSchema, limitMs: number): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context: WithDeadline | undefined, info) => {
        const deadline = context?.[DEADLINE];
        if (deadline !== undefined && Date.now() > deadline) throw timedOut(limitMs);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
