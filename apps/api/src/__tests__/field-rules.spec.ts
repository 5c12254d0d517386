import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { FIELD_RULES } from '../features.js';
import { RESOLVERS } from '../features.js';
import { applyFieldRules, resolveFieldRules } from '../common/access/field-access/apply-field-rules.js';
import { UNDECLARED, fieldRules, requires } from '../common/access/field-access/field-rule.js';
import { sensitiveFields, sensitiveTypes } from '../common/access/field-access/sensitive-fields.js';
import type { Actor } from '../common/access/actor.js';

async function servedSchema(): Promise<GraphQLSchema> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const schema = await app.get(GraphQLSchemaFactory).create(RESOLVERS);
  await app.close();
  return schema;
}

/**
 * The field-level twin of root-field-guards.spec.ts: every object field that exposes a person,
 * a tenant or money/usage must say who may read it. Sensitive fields are found from the schema
 * (names and edges), so a type another feature adds is checked the moment it is in the schema.
 */
describe('field access rules', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await servedSchema();
  });

  it('classifies the people, tenants and usage of the schema as sensitive', () => {
    const types = sensitiveTypes(schema);
    expect([...types.keys()]).toEqual(
      expect.arrayContaining(['User', 'UserConnection', 'Organisation', 'Project', 'AllocationRequest', 'AllocationSummary', 'CardHolder', 'UsageReport']),
    );
    const fields = sensitiveFields(schema).map((f) => `${f.typeName}.${f.fieldName}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'User.email',
        'User.role',
        'User.organisation',
        'Organisation.members',
        'ProjectTransition.actor',
        'Project.organisation',
        'Project.allocationSummary',
        'AllocationRequest.cardHours',
        'CardHolder.organisationName',
      ]),
    );
  });

  it('gives every sensitive field a declared rule', () => {
    const rules = resolveFieldRules(schema, FIELD_RULES);
    const undeclared = sensitiveFields(schema)
      .filter((f) => rules.get(`${f.typeName}.${f.fieldName}`) === UNDECLARED)
      .map((f) => `${f.typeName}.${f.fieldName}: ${f.why}`);
    expect(undeclared).toEqual([]);
  });

  it('classifies a type another feature adds, by its shape alone', () => {
    const added = buildSchema(`type Query { invitations: [Invitation!]! }
      type Organisation { id: ID! name: String! }
      type User { id: ID! displayName: String! }
      type Invitation { id: ID! email: String! organisation: Organisation! invitedBy: User expiresAt: String! }
      type AuditEvent { id: ID! actor: User! action: String! ipAddress: String }
      type Invoice { id: ID! totalFen: String! }
      type Billing { latest: Invoice }
      type Wrapper { audit: AuditEvent invitation: Invitation billing: Billing }`);
    const fields = sensitiveFields(added).map((f) => `${f.typeName}.${f.fieldName}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        'Invitation.email',
        'Invitation.organisation',
        'Invitation.invitedBy',
        'AuditEvent.actor',
        'AuditEvent.ipAddress',
        'Invoice.totalFen',
        'Billing.latest',
        'Wrapper.invitation',
      ]),
    );
    expect(fields).not.toContain('Invitation.expiresAt');
    expect(fields).not.toContain('AuditEvent.action');
  });

  it('refuses rules for fields the schema does not have', () => {
    expect(() => resolveFieldRules(schema, [fieldRules('User', { passwordHash: requires('USER_READ') })])).toThrow(/User.passwordHash/);
    expect(() => resolveFieldRules(schema, [fieldRules('Nope', {})])).toThrow(/Nope/);
  });
});

describe('applying field rules', () => {
  const founder: Actor = { kind: 'user', id: 'u1', role: 'FOUNDER', organisationId: 'o1', scopes: [] };
  const token: Actor = { kind: 'token', id: 't1', role: 'INTEGRATION', organisationId: null, scopes: ['read:projects'] };
  const sdl = `type Query { thing: Thing }
    type Thing { name: String! secretCost: String! quota: Int hint: String email: String next: Thing }`;
  const root = { thing: { name: 'a', secretCost: '100', quota: 3, hint: 'h', email: 'x@example.com', next: { name: 'b', secretCost: '1', quota: 1, hint: 'n', email: null, next: null } } };
  const run = (actor: Actor, query: string) => {
    const schema = applyFieldRules(buildSchema(sdl), [
      fieldRules('Thing', {
        secretCost: requires('COMPUTE_READ'),
        quota: requires('COMPUTE_READ'),
        next: { audience: 'when the next one is named b', allowValue: (_c, value: { name: string }) => value.name === 'c' },
      }),
    ]);
    return graphql({ schema, source: query, rootValue: root, contextValue: { actor } });
  };

  it('answers FORBIDDEN on a denied non-null field and null on a denied nullable one', async () => {
    const result = await run(token, '{ thing { name quota } }');
    expect(result.data).toEqual({ thing: { name: 'a', quota: null } });
    const strict = await run(token, '{ thing { name secretCost } }');
    expect(strict.data).toEqual({ thing: null });
    expect(strict.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('lets the permission holder read', async () => {
    const result = await run(founder, '{ thing { secretCost quota } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ thing: { secretCost: '100', quota: 3 } });
  });

  it('checks a value rule on what the field resolved to', async () => {
    const result = await run(founder, '{ thing { next { name } } }');
    expect(result.data).toEqual({ thing: { next: null } });
  });

  it('fails closed on a sensitive field nobody declared', async () => {
    const result = await run(founder, '{ thing { hint email } }');
    expect(result.data).toEqual({ thing: { hint: 'h', email: null } });
  });
});
