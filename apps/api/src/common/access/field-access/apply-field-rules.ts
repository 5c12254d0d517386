import { defaultFieldResolver, isNonNullType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { forbidden } from '../../errors/api-errors.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { UNDECLARED, type FieldCall, type FieldRule, type TypeFieldRules } from './field-rule.js';
import { sensitiveFields } from './sensitive-fields.js';

const isPromise = (value: unknown): value is Promise<unknown> => typeof (value as Promise<unknown> | null)?.then === 'function';

/** The rule of each `Type.field`: declared ones, `'*'` defaults, and UNDECLARED for sensitive fields nobody declared. */
export function resolveFieldRules(schema: GraphQLSchema, declared: readonly TypeFieldRules[]): Map<string, FieldRule> {
  const rules = new Map<string, FieldRule>();
  for (const { typeName, fields } of declared) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`Field rules name ${typeName}, which is not an object type of the schema`);
    const schemaFields = type.getFields();
    for (const [fieldName, rule] of Object.entries(fields)) {
      if (fieldName === '*') continue;
      if (!schemaFields[fieldName]) throw new Error(`Field rules name ${typeName}.${fieldName}, which the schema does not have`);
      if (rules.has(`${typeName}.${fieldName}`)) throw new Error(`Two field rules for ${typeName}.${fieldName}`);
      rules.set(`${typeName}.${fieldName}`, rule);
    }
    if (fields['*']) {
      for (const fieldName of Object.keys(schemaFields)) {
        if (!rules.has(`${typeName}.${fieldName}`)) rules.set(`${typeName}.${fieldName}`, fields['*']);
      }
    }
  }
  for (const { typeName, fieldName } of sensitiveFields(schema)) {
    if (!rules.has(`${typeName}.${fieldName}`)) rules.set(`${typeName}.${fieldName}`, UNDECLARED);
  }
  return rules;
}

/**
 * Wraps the resolver of every field that has a rule (Nest's `transformSchema` hook, so the
 * wrapped resolvers are what Mercurius' JIT compiles). A denied field answers null when the
 * schema lets it, FORBIDDEN otherwise.
 */
export function applyFieldRules(schema: GraphQLSchema, declared: readonly TypeFieldRules[]): GraphQLSchema {
  for (const [key, rule] of resolveFieldRules(schema, declared)) {
    const [typeName, fieldName] = key.split('.');
    const field = (schema.getType(typeName) as import('graphql').GraphQLObjectType).getFields()[fieldName];
    const resolve: GraphQLFieldResolver<unknown, RequestContext> = field.resolve ?? defaultFieldResolver;
    const nonNull = isNonNullType(field.type);
    const deny = () => {
      if (nonNull) throw forbidden(`Only ${rule.audience} may read ${key}`);
      return null;
    };
    field.resolve = (parent, args, ctx, info) => {
      const call: FieldCall = { actor: ctx.actor ?? null, parent, ctx };
      if (rule.allow && !rule.allow(call)) return deny();
      const value = resolve(parent, args, ctx, info);
      if (!rule.allowValue) return value;
      const check = (resolved: unknown) => (resolved === null || resolved === undefined || rule.allowValue!(call, resolved) ? resolved : deny());
      return isPromise(value) ? value.then(check) : check(value);
    };
  }
  return schema;
}
