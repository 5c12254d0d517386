import type { GraphQLClient } from '../test/graphql-client.js';
import { LOAD_TEST_LIMITS } from '../test/api-server.js';
import { useApi } from '../test/use-api.js';
import { SchemaWalker, type FieldInfo, type TypeRef } from './schema-walk.js';
import { STAFF } from '../test/scenario.js';

/**
 * A malformed id is the caller's mistake: every root field that takes an id answers BAD_USER_INPUT
 * (or a userError), never INTERNAL_SERVER_ERROR from the database refusing the cast. The KB editor
 * once asked for `kbArticle(id: "new")` and got a 500-class answer; this walk finds the next one.
 */
describe('malformed ids', () => {
  const server = useApi({ env: LOAD_TEST_LIMITS });
  let walker: SchemaWalker;
  const callers: Record<string, GraphQLClient> = {};

  beforeAll(async () => {
    const anonymous = server().anonymous;
    callers.admin = await anonymous.signIn(STAFF.admin);
    callers.manager = await anonymous.signIn(STAFF.manager);
    callers.consultant = await anonymous.signIn(STAFF.consultant);
    walker = await SchemaWalker.load(callers.admin);
  });

  /** Whether the call the walker builds (required arguments, every field of their inputs) carries an ID. */
  function carriesAnId(field: FieldInfo): boolean {
    const seen = new Set<string>();
    const has = (type: TypeRef): boolean => {
      if (type.ofType) return has(type.ofType);
      if (type.name === 'ID') return true;
      const named = walker.namedType(type);
      if (named.kind !== 'INPUT_OBJECT' || seen.has(named.name)) return false;
      seen.add(named.name);
      return named.inputFields!.some((f) => has(f.type));
    };
    return field.args.filter((a) => a.type.kind === 'NON_NULL' || a.name === 'organisationId').some((a) => has(a.type));
  }

  /** The walker fills required arguments only; an optional id (`kbArticle(id:, slug:)`) is filled too. */
  function withOptionalIdsFilled(field: FieldInfo): FieldInfo {
    const isId = (type: TypeRef): boolean => (type.ofType ? isId(type.ofType) : type.name === 'ID');
    return {
      ...field,
      args: field.args.map((a) => (a.type.kind !== 'NON_NULL' && isId(a.type) ? { ...a, type: { kind: 'NON_NULL', name: null, ofType: a.type } } : a)),
    };
  }

  for (const root of ['Query', 'Mutation'] as const) {
    it(`every ${root} field given "not-a-uuid" for its ids refuses it as bad input`, async () => {
      const fields = walker.rootFields(root).map(withOptionalIdsFilled).filter(carriesAnId);
      expect(fields.length).toBeGreaterThan(root === 'Query' ? 10 : 20);
      const internal: string[] = [];
      for (const [who, client] of Object.entries(callers)) {
        for (const field of fields) {
          const result = await client.request(walker.operation(root, field, { id: 'not-a-uuid' }));
          for (const error of result.errors ?? []) {
            const code = error.extensions?.code;
            if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) internal.push(`${who} ${field.name}: ${error.message}`);
          }
        }
      }
      expect(internal).toEqual([]);
    }, 120_000);
  }
});
