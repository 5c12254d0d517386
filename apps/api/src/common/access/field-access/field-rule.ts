import type { Permission } from '@suanli/domain';
import type { RequestContext } from '../../graphql/request-context.js';
import { actorMay, type Actor } from '../actor.js';

/** What a field rule sees: who asks, the object the field belongs to, the request. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules of every type share one table; each narrows Parent itself
export interface FieldCall<Parent = any> {
  actor: Actor | null;
  parent: Parent;
  ctx: RequestContext;
}

/**
 * Who may read one field of an object type. A denied field answers null where the schema
 * allows null (like `organisation(id)` for another tenant's id) and FORBIDDEN where it does not
 * (like a root field without the permission) — the same two answers the root fields give.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above: the table holds rules of many parent and value types
export interface FieldRule<Parent = any, Value = any> {
  /** Who may read it, in words: error messages and the field-rule table print it. */
  readonly audience: string;
  /** Decided from the parent object, before the field resolves (nothing is loaded when denied). */
  readonly allow?: (call: FieldCall<Parent>) => boolean;
  /** Decided on what the field resolved to (e.g. the person an edge leads to); null passes. */
  readonly allowValue?: (call: FieldCall<Parent>, value: Value) => boolean;
}

/** The rules of one GraphQL object type, by field name; `'*'` covers fields without their own rule. */
export interface TypeFieldRules {
  readonly typeName: string;
  readonly fields: Readonly<Record<string, FieldRule>>;
}

export function fieldRules<Parent>(typeName: string, fields: Record<string, FieldRule<Parent>>): TypeFieldRules {
  return { typeName, fields };
}

/** Readable by whoever legitimately reached the parent object; say why that is enough. */
export const reachable = (why: string): FieldRule => ({ audience: `whoever may read the parent (${why})`, allow: () => true });

/** The caller's role or token scopes grant the permission. */
export const requires = (permission: Permission): FieldRule => ({
  audience: `callers with ${permission}`,
  allow: ({ actor }) => actor !== null && actorMay(actor, permission),
});

/** Signed-in people only: no API token scope grants it. */
export const peopleOnly = (why: string): FieldRule => ({
  audience: `signed-in people, not API tokens (${why})`,
  allow: ({ actor }) => actor?.kind === 'user',
});

/** Every one of the rules must allow. */
export function allOf<Parent>(...rules: FieldRule<Parent>[]): FieldRule<Parent> {
  const valueRules = rules.filter((r) => r.allowValue);
  return {
    audience: rules.map((r) => r.audience).join(' and '),
    allow: (call) => rules.every((r) => !r.allow || r.allow(call)),
    allowValue: valueRules.length ? (call, value) => valueRules.every((r) => r.allowValue!(call, value)) : undefined,
  };
}

/** The field's sole rule: it may never be read (fails closed for sensitive fields nobody declared). */
export const UNDECLARED: FieldRule = { audience: 'nobody: this sensitive field has no access rule', allow: () => false };
